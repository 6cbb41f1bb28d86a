package vn.dienhinh.report;

import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;
import vn.dienhinh.util.UserException;

/**
 * Prints certificates straight from the program through the system's print dialog: each page at its own
 * size, landscape when the blank is, at 100% (PDFBox's actual size, not fitted to the printable area, not
 * centred), so the millimetres of the layout are the millimetres on the paper.
 */
public final class CertificatePrinting {

    private CertificatePrinting() {
    }

    /** What the print job is given: each page its paper of the page's size, the whole page imageable. */
    public static Pageable pageable(PDDocument doc) {
        return new PDFPageable(doc, Orientation.AUTO, false, 0, false);
    }

    /**
     * Shows the print dialog and prints {@code doc} (closed afterwards); false when the officer cancels.
     * Blocks until the pages are sent: call it off the window's thread.
     */
    public static boolean print(PDDocument doc, String jobName) {
        return print(doc, jobName, PrinterJob.getPrinterJob());
    }

    /**
     * Prints through {@code job}: with no printer on the machine, one sentence saying so (and that the PDF
     * can be printed elsewhere) before any dialog.
     */
    public static boolean print(PDDocument doc, String jobName, PrinterJob job) {
        try (doc) {
            job.setJobName(jobName);
            Pageable pages = pageable(doc);
            job.setPageable(pages);
            if (job.getPrintService() == null) {
                throw new UserException("certificate.noPrinter");
            }
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (java.awt.HeadlessException e) {
            throw new UserException(e, "certificate.noPrintDialog");
        } catch (PrinterException e) {
            throw new UserException(e, "certificate.printFailed", String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paper of page {@code index} in millimetres (width, height), as the print job sees it. */
    public static double[] paperMm(Pageable pages, int index) {
        PageFormat f = pages.getPageFormat(index);
        double k = 72 / 25.4;
        return new double[]{f.getWidth() / k, f.getHeight() / k, f.getImageableX() / k, f.getImageableY() / k,
            f.getImageableWidth() / k, f.getImageableHeight() / k};
    }
}
