package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.model.TextAlign;
import vn.dienhinh.model.TextFit;

/** Certificates read back from the PDF with PDFBox's text positions. */
class CertificatePdfTest {

    private static final double MM_TOLERANCE = 0.5;

    @TempDir
    Path dir;

    /** A giấy khen blank, A4 landscape; the recipient's box is narrow on purpose. */
    static CertificateLayout layout() {
        return new CertificateLayout(1L, "Phôi giấy khen", null, 297, 210, null, List.of(
                new FieldPlacement(CertificateSlot.ISSUER, true, 40, 62, 217, 16, true, false, TextAlign.CENTER,
                        TextFit.WRAP, 2),
                new FieldPlacement(CertificateSlot.RECIPIENT, true, 88.5, 100, 120, 22, true, false, TextAlign.CENTER,
                        TextFit.WRAP, 2),
                new FieldPlacement(CertificateSlot.DETAIL, true, 30, 118, 237, 15, false, false, TextAlign.CENTER,
                        TextFit.WRAP, 2),
                new FieldPlacement(CertificateSlot.ACHIEVEMENT, true, 35, 133, 227, 15, false, true, TextAlign.CENTER,
                        TextFit.WRAP, 3),
                new FieldPlacement(CertificateSlot.DECISION, true, 22.5, 190, 110, 12, false, true, TextAlign.LEFT,
                        TextFit.WRAP, 2),
                new FieldPlacement(CertificateSlot.PLACE_DATE, true, 150, 158, 130, 14, false, true, TextAlign.CENTER,
                        TextFit.SHRINK, 1),
                new FieldPlacement(CertificateSlot.SIGNER_TITLE, true, 150, 166, 130, 14, true, false, TextAlign.CENTER,
                        TextFit.WRAP, 3),
                new FieldPlacement(CertificateSlot.SIGNER_NAME, true, 150, 196, 130, 15, true, false, TextAlign.RIGHT,
                        TextFit.SHRINK, 1)));
    }

    static Certificate certificate(String recipient, String detail) {
        Map<CertificateSlot, String> t = new EnumMap<>(CertificateSlot.class);
        t.put(CertificateSlot.ISSUER, "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 1");
        t.put(CertificateSlot.RECIPIENT, recipient);
        t.put(CertificateSlot.DETAIL, detail);
        t.put(CertificateSlot.ACHIEVEMENT, "Đã có thành tích xuất sắc trong phong trào thi đua “Người tốt, việc tốt” năm 2026");
        t.put(CertificateSlot.DECISION, "Quyết định số 215/QĐ-UBND ngày 05/12/2026");
        t.put(CertificateSlot.PLACE_DATE, "Quận 1, ngày 05 tháng 12 năm 2026");
        t.put(CertificateSlot.SIGNER_TITLE, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        t.put(CertificateSlot.SIGNER_NAME, "Nguyễn Thị Thu Hiền");
        return new Certificate(null, recipient, t);
    }

    private Path write(List<Certificate> certificates, PrinterOffset offset) {
        Path pdf = dir.resolve("giay-khen.pdf");
        CertificatePdf.write(layout(), certificates, offset, pdf);
        return pdf;
    }

    @Test
    void eachRecipientHasAPageOfItsOwnOfTheBlanksExactSize() throws IOException {
        List<Certificate> three = List.of(certificate("Ông Nguyễn Văn Á", "Tổ trưởng Tổ dân phố 5, phường Bến Nghé"),
                certificate("Bà Trần Thị Ngọc Ánh", "Giáo viên, Trường Tiểu học Trần Hưng Đạo"),
                certificate("Tổ dân phố 7", "Phường Đa Kao"));
        Path pdf = write(three, PrinterOffset.NONE);
        PdfGlyphs g = PdfGlyphs.read(pdf);
        assertThat(g.pages).hasSize(3);
        assertThat(g.text(0)).contains("Ông Nguyễn Văn Á").doesNotContain("Trần Thị Ngọc Ánh").doesNotContain("Tổ dân phố 7");
        assertThat(g.text(1)).contains("Bà Trần Thị Ngọc Ánh").doesNotContain("Nguyễn Văn Á").doesNotContain("Tổ dân phố 7");
        assertThat(g.text(2)).contains("Tổ dân phố 7").doesNotContain("Nguyễn Văn Á").doesNotContain("Ngọc Ánh");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage p : doc.getPages()) {
                assertThat((double) (p.getMediaBox().getWidth() / CertificatePdf.PT_PER_MM)).isCloseTo(297, within(0.01));
                assertThat((double) (p.getMediaBox().getHeight() / CertificatePdf.PT_PER_MM)).isCloseTo(210, within(0.01));
                assertThat(p.getRotation()).isZero();
            }
        }
    }

    @Test
    void everyFieldStartsWithinHalfAMillimetreOfItsLayoutPosition() {
        Certificate c = certificate("Ông Nguyễn Văn Á", "Tổ trưởng Tổ dân phố 5, phường Bến Nghé");
        PdfGlyphs g = PdfGlyphs.read(write(List.of(c), PrinterOffset.NONE));
        CertificateLayout l = layout();
        for (FieldPlacement f : l.fields()) {
            String firstLine = c.get(f.slot()).split("\n")[0];
            PdfGlyphs.Run run = g.find(0, firstLine);
            assertThat(run).as(f.slot() + " printed").isNotNull();
            assertThat(run.first().yMm()).as(f.slot() + " baseline").isCloseTo(f.yMm(), within(MM_TOLERANCE));
            switch (f.align()) {
                case LEFT -> assertThat(run.leftMm()).as(f.slot() + " left").isCloseTo(f.xMm(), within(MM_TOLERANCE));
                case CENTER -> assertThat(run.centreMm()).as(f.slot() + " centre")
                        .isCloseTo(f.xMm() + f.widthMm() / 2, within(MM_TOLERANCE));
                case RIGHT -> assertThat(run.rightMm()).as(f.slot() + " right")
                        .isCloseTo(f.xMm() + f.widthMm(), within(MM_TOLERANCE));
            }
            assertThat(run.first().size()).as(f.slot() + " size").isCloseTo(f.fontSize(), within(0.01));
        }
        // the signer's title keeps its three lines, one under the other
        FieldPlacement title = l.field(CertificateSlot.SIGNER_TITLE);
        assertThat(g.find(0, "KT. CHỦ TỊCH").first().yMm()).isCloseTo(title.yMm() + title.lineHeightMm(), within(MM_TOLERANCE));
        assertThat(g.find(0, "PHÓ CHỦ TỊCH").first().yMm())
                .isCloseTo(title.yMm() + 2 * title.lineHeightMm(), within(MM_TOLERANCE));
    }

    @Test
    void thePrintersOffsetMovesEveryFieldBackByIt() {
        Certificate c = certificate("Ông Nguyễn Văn Á", "Tổ trưởng");
        PdfGlyphs g = PdfGlyphs.read(write(List.of(c), new PrinterOffset(1.5, -2)));
        FieldPlacement decision = layout().field(CertificateSlot.DECISION);
        PdfGlyphs.Run run = g.find(0, "Quyết định số 215/QĐ-UBND");
        assertThat(run.leftMm()).isCloseTo(decision.xMm() - 1.5, within(0.05));
        assertThat(run.first().yMm()).isCloseTo(decision.yMm() + 2, within(0.05));
    }

    @Test
    void aSixtyCharacterCollectiveNameStaysInsideItsBox() {
        String name = "Tập thể Tổ dân phố số 12 khu phố 3 phường Bến Nghé, Quận Một";
        assertThat(name).hasSize(60);
        PdfGlyphs g = PdfGlyphs.read(write(List.of(certificate(name, "Ủy ban nhân dân phường Bến Nghé")),
                PrinterOffset.NONE));
        FieldPlacement box = layout().field(CertificateSlot.RECIPIENT);
        List<PdfGlyphs.Glyph> inBox = new ArrayList<>();
        for (PdfGlyphs.Glyph x : g.pages.get(0)) {
            if (x.yMm() > box.topMm() && x.yMm() < box.bottomMm() && x.font().contains("Bold")
                    && x.xMm() > box.xMm() - 20 && x.xMm() < box.xMm() + box.widthMm() + 20) {
                inBox.add(x);
            }
        }
        StringBuilder spelled = new StringBuilder();
        inBox.forEach(x -> spelled.append(x.text()));
        assertThat(spelled.toString().replace(" ", "")).isEqualTo(name.replace(" ", ""));
        for (PdfGlyphs.Glyph x : inBox) {
            assertThat(x.xMm()).as("left of “" + x.text() + "”").isGreaterThanOrEqualTo(box.xMm() - 0.01);
            assertThat(x.rightMm()).as("right of “" + x.text() + "”").isLessThanOrEqualTo(box.xMm() + box.widthMm() + 0.01);
        }
        long lines = inBox.stream().map(x -> Math.round(x.yMm() * 10)).distinct().count();
        assertThat(lines).isBetween(1L, (long) box.maxLines());
        assertThat(inBox.get(0).yMm()).isCloseTo(box.yMm(), within(MM_TOLERANCE));
    }

    @Test
    void aNameTooLongForOneLineIsShrunkToTheWidthWhenTheFieldShrinks() {
        FieldPlacement one = new FieldPlacement(CertificateSlot.RECIPIENT, true, 100, 100, 90, 22, true, false,
                TextAlign.CENTER, TextFit.SHRINK, 1);
        String name = "Tập thể Tổ dân phố số 12 khu phố 3 phường Bến Nghé, Quận Một";
        List<CertificateComposer.Line> lines = CertificateComposer.compose(one, name, CertificateFonts.measure());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).size()).isLessThan(22).isGreaterThan(8);
        assertThat(lines.get(0).widthMm()).isLessThanOrEqualTo(90).isGreaterThan(85);
        assertThat(lines.get(0).xMm()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void aNameThatFitsKeepsItsSizeAndAFieldLeftOffPrintsNothing() {
        FieldPlacement f = layout().field(CertificateSlot.RECIPIENT);
        assertThat(CertificateComposer.compose(f, "Bà Lê Thị Hoa", CertificateFonts.measure()))
                .singleElement().extracting(CertificateComposer.Line::size).isEqualTo(22.0);
        assertThat(CertificateComposer.compose(f.withPrinted(false), "Bà Lê Thị Hoa", CertificateFonts.measure())).isEmpty();
    }

    @Test
    void theFontsAreEmbeddedAndVietnameseComesBackAsWritten() throws IOException {
        // decomposed input (as some keyboards type it) is printed with the composed letters
        String decomposed = java.text.Normalizer.normalize("Bà Nguyễn Thị Ngọc Ánh", java.text.Normalizer.Form.NFD);
        Path pdf = write(List.of(certificate(decomposed, "Ủy viên")), PrinterOffset.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
                fonts++;
            }
            assertThat(fonts).as("regular, bold and italic: the faces the layout uses").isEqualTo(3);
        }
        assertThat(PdfGlyphs.read(pdf).text(0)).contains("Bà Nguyễn Thị Ngọc Ánh");
    }

    @Test
    void theCalibrationPageHasTheBlanksSizeACrossAtEachFieldAndTheInstructions() {
        Path pdf = dir.resolve("can-chinh.pdf");
        CertificatePdf.writeCalibration(layout(), PrinterOffset.NONE, pdf);
        PdfGlyphs g = PdfGlyphs.read(pdf);
        assertThat(g.pages).hasSize(1);
        assertThat(g.text(0)).contains("Trang căn chỉnh máy in — Phôi giấy khen").contains("50 mm")
                .contains("Người, tập thể được khen (x 88,5, y 100 mm)")
                .contains("Số, ngày quyết định (x 22,5, y 190 mm)");
        // the "50 mm" label on the top row stands just right of the 50 mm line
        PdfGlyphs.Run fifty = g.find(0, "50 mm");
        assertThat(fifty.leftMm()).isCloseTo(50.6, within(0.1));
    }

    @Test
    void thePrintJobGetsEachPageAtItsSizeWithTheWholePageImageable() throws IOException {
        try (PDDocument doc = CertificatePdf.build(layout(), List.of(certificate("Ông A", "B"), certificate("Bà C", "D")),
                PrinterOffset.NONE)) {
            java.awt.print.Pageable p = CertificatePrinting.pageable(doc);
            assertThat(p.getNumberOfPages()).isEqualTo(2);
            double[] mm = CertificatePrinting.paperMm(p, 0);
            // landscape: the page format is 297 wide and 210 high, with nothing cut off or scaled
            assertThat(mm[0]).isCloseTo(297, within(0.1));
            assertThat(mm[1]).isCloseTo(210, within(0.1));
            assertThat(mm[2]).isCloseTo(0, within(0.01));
            assertThat(mm[3]).isCloseTo(0, within(0.01));
            assertThat(mm[4]).isCloseTo(297, within(0.1));
            assertThat(mm[5]).isCloseTo(210, within(0.1));
            assertThat(p.getPageFormat(0).getOrientation()).isEqualTo(java.awt.print.PageFormat.LANDSCAPE);
        }
    }

    /** A print job that prints nothing: with or without a printer, the dialog answered yes or no. */
    private static final class FakeJob extends java.awt.print.PrinterJob {
        final boolean hasPrinter;
        final boolean answer;
        java.awt.print.Pageable pages;
        String name;
        boolean printed;

        FakeJob(boolean hasPrinter, boolean answer) {
            this.hasPrinter = hasPrinter;
            this.answer = answer;
        }

        @Override
        public javax.print.PrintService getPrintService() {
            return hasPrinter ? (javax.print.PrintService) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[]{javax.print.PrintService.class}, (o, m, a) ->
                            m.getName().equals("getName") ? "Máy in thử" : null) : null;
        }

        @Override
        public void setPrintable(java.awt.print.Printable painter) {
        }

        @Override
        public void setPrintable(java.awt.print.Printable painter, java.awt.print.PageFormat format) {
        }

        @Override
        public void setPageable(java.awt.print.Pageable document) {
            pages = document;
        }

        @Override
        public boolean printDialog() {
            return answer;
        }

        @Override
        public java.awt.print.PageFormat pageDialog(java.awt.print.PageFormat page) {
            return page;
        }

        @Override
        public java.awt.print.PageFormat defaultPage(java.awt.print.PageFormat page) {
            return page;
        }

        @Override
        public java.awt.print.PageFormat validatePage(java.awt.print.PageFormat page) {
            return page;
        }

        @Override
        public void print() {
            printed = true;
        }

        @Override
        public void setCopies(int copies) {
        }

        @Override
        public int getCopies() {
            return 1;
        }

        @Override
        public String getUserName() {
            return "";
        }

        @Override
        public void setJobName(String jobName) {
            name = jobName;
        }

        @Override
        public String getJobName() {
            return name;
        }

        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    @Test
    void printingSendsEveryPageAtItsSizeAfterTheDialogAndSaysSoWhenThereIsNoPrinter() {
        FakeJob job = new FakeJob(true, true);
        boolean sent = CertificatePrinting.print(CertificatePdf.build(layout(), List.of(certificate("Ông A", "B"),
                certificate("Bà C", "D")), PrinterOffset.NONE), "Giấy khen", job);
        assertThat(sent).isTrue();
        assertThat(job.printed).isTrue();
        assertThat(job.name).isEqualTo("Giấy khen");
        assertThat(job.pages.getNumberOfPages()).isEqualTo(2);
        assertThat(CertificatePrinting.paperMm(job.pages, 1)[0]).isCloseTo(297, within(0.1));

        FakeJob cancelled = new FakeJob(true, false);
        assertThat(CertificatePrinting.print(CertificatePdf.build(layout(), List.of(certificate("Ông A", "B")),
                PrinterOffset.NONE), "Giấy khen", cancelled)).isFalse();
        assertThat(cancelled.printed).isFalse();

        FakeJob none = new FakeJob(false, true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertificatePrinting.print(CertificatePdf.build(layout(),
                List.of(certificate("Ông A", "B")), PrinterOffset.NONE), "Giấy khen", none))
                .isInstanceOf(vn.dienhinh.util.UserException.class)
                .hasMessage("Máy tính này chưa có máy in nào dùng được; hãy lưu tệp PDF rồi in từ máy khác.");
        assertThat(none.printed).isFalse();
    }
}
