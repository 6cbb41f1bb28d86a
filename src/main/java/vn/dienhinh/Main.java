package vn.dienhinh;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import vn.dienhinh.cli.Cli;
import vn.dienhinh.util.Logs;

/**
 * Entry point of the jar. With a command it runs the command line; without one it opens the
 * window. It does not extend Application, so it runs from a plain class path and from exec:java.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logs.quietConsole();
        if (Cli.hasCommand(args)) {
            Logs.addFile();
            // UTF-8 whatever the platform's console encoding, so Vietnamese survives pipes and files
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            // a confirmation (restore) is asked only of someone at a terminal
            java.io.BufferedReader console = System.console() == null ? null
                    : new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.Charset.defaultCharset()));
            System.exit(new Cli(out, err, console).run(args));
        }
        App.launchWith(args);
    }
}
