package vn.dienhinh.ui.certificate;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.service.document.CertificateService;
import vn.dienhinh.util.Messages;

/**
 * How certificates leave the program from the window: the system's print dialog, and the file a PDF is
 * saved to. The window uses {@link #system}; tests put a recorder in its place.
 */
public interface CertificateOutput {

    /** Shows the print dialog and prints; false when the officer cancels. Blocks: call it off the FX thread. */
    boolean print(CertificateLayout layout, List<Certificate> certificates);

    /** Prints the layout's calibration page with this offset; false when cancelled. Off the FX thread. */
    boolean printCalibration(CertificateLayout layout, PrinterOffset offset);

    /** Asks where to save a PDF, suggesting {@code name}; null when cancelled. On the FX thread. */
    Path choosePdf(Window owner, String name);

    /** Through the service's printing and the system's file chooser. */
    static CertificateOutput system(CertificateService service) {
        return new CertificateOutput() {
            @Override
            public boolean print(CertificateLayout layout, List<Certificate> certificates) {
                return service.print(layout, certificates);
            }

            @Override
            public boolean printCalibration(CertificateLayout layout, PrinterOffset offset) {
                return service.printCalibration(layout, offset);
            }

            @Override
            public Path choosePdf(Window owner, String name) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("layout.savePdfTitle"));
                chooser.setInitialFileName(vn.dienhinh.util.FileNames.safe(name));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("layout.pdfFiles"),
                        "*.pdf"));
                File f = chooser.showSaveDialog(owner);
                if (f == null) {
                    return null;
                }
                Path p = f.toPath();
                return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? p
                        : p.resolveSibling(p.getFileName() + ".pdf");
            }
        };
    }
}
