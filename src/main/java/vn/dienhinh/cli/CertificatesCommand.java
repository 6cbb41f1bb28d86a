package vn.dienhinh.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.service.document.CertificateService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * {@code certificates --nomination ID --out FILE.pdf [--layout NAME] [--achievement TEXT] [--calibrate]}: the
 * certificates of a decided nomination, one page per recipient, on the blank of the layout (named, else the
 * one for the nomination's form); {@code --calibrate} writes the layout's calibration page instead, and then
 * needs no nomination. Prints the file and what it holds.
 */
final class CertificatesCommand implements Cli.Command {

    private final PrintStream err;

    CertificatesCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("certificates", "nomination", "out", "layout", "achievement", "calibrate");
        boolean calibrate = args.flag("calibrate");
        if (!args.positional().isEmpty()) {
            throw new UserException("cli.certificatesExtra", args.positional().get(0));
        }
        Integer id = args.integer("nomination", 1, Integer.MAX_VALUE);
        String file = args.get("out");
        if (file == null || (id == null && !calibrate)) {
            throw new UserException("cli.certificatesNeeds");
        }
        if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new UserException("cli.needsPdf", file);
        }
        Path target = Path.of(file).toAbsolutePath().normalize();
        folder(target.getParent());
        CertificateService s = ctx.certificates();
        CertificateLayout layout = s.layoutFor(id == null ? null : s.formOf(id), args.get("layout"));
        if (calibrate) {
            s.writeCalibration(layout, target);
            out.println(target);
            out.println(Messages.get("cli.calibrationWritten", layout.name()));
            return 0;
        }
        List<Certificate> list = s.forNomination(id, args.get("achievement"));
        if (!ctx.office().isComplete()) {
            err.println(Messages.get("cli.profileIncomplete"));
        }
        s.writePdf(layout, list, target);
        out.println(target);
        out.println(Messages.get("cli.certificatesWritten", list.size(), layout.name()));
        return 0;
    }

    private static void folder(Path dir) {
        if (dir == null) {
            return;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException("cli.badFolder", dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException(e, "cli.badFolder", dir);
        }
    }
}
