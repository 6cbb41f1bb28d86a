package vn.dienhinh.util;

/**
 * How the benchmark learns when a window is up: started with {@code -D}{@value #EXIT_ON_SHOWN}{@code =true},
 * the program prints {@value #SHOWN} on standard output as soon as its main window is shown, then quits.
 */
public final class StartupProbe {

    public static final String EXIT_ON_SHOWN = "dienhinh.benchExitOnShown";
    public static final String SHOWN = "dienhinh:window-shown";

    private StartupProbe() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(EXIT_ON_SHOWN);
    }
}
