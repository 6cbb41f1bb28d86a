package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.model.TextAlign;
import vn.dienhinh.model.TextFit;

/** The layouts of the certificate blanks (V11) and the printer's offset, stored and read back. */
class CertificateLayoutRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aNewRegistryHasTheGiayKhenAndBangKhenBlanksWithEverySlotPlaced() {
        try (Database db = Database.open(dir.resolve("d.db"))) {
            CertificateLayoutRepository r = new CertificateLayoutRepository(db);
            assertThat(r.all()).extracting(CertificateLayout::name)
                    .containsExactly("Phôi bằng khen (A3 ngang)", "Phôi giấy khen (A4 ngang)");
            CertificateLayout gk = r.findByName("phoi giay khen (a4 ngang)");
            assertThat(gk.pageWidthMm()).isEqualTo(297);
            assertThat(gk.pageHeightMm()).isEqualTo(210);
            assertThat(gk.landscape()).isTrue();
            assertThat(gk.formId()).isEqualTo(new AwardRepository(db).forms().stream()
                    .filter(f -> f.name().equals("Giấy khen")).findFirst().orElseThrow().id());
            assertThat(gk.fields()).extracting(FieldPlacement::slot).containsExactly(CertificateSlot.values());
            for (FieldPlacement f : gk.fields()) {
                assertThat(f.xMm() + f.widthMm()).as(f.slot().name()).isLessThanOrEqualTo(297);
                assertThat(f.bottomMm()).as(f.slot().name()).isLessThanOrEqualTo(210);
            }
        }
    }

    @Test
    void aLayoutIsSavedWithItsFieldsAndReadBackAsItWas() {
        try (Database db = Database.open(dir.resolve("d.db"))) {
            CertificateLayoutRepository r = new CertificateLayoutRepository(db);
            CertificateLayout gk = r.findByName("Phôi giấy khen (A4 ngang)");
            FieldPlacement moved = gk.field(CertificateSlot.RECIPIENT).movedBy(0.5, -1.5)
                    .withFont(24, true, true).withText(TextAlign.LEFT, TextFit.SHRINK, 1);
            CertificateLayout copy = r.save(new CertificateLayout(null, "Phôi giấy khen trường học", null, 210, 297,
                    "/home/can-bo/phoi.jpg", gk.with(moved).with(gk.field(CertificateSlot.ISSUER).withPrinted(false))
                    .fields()));
            CertificateLayout back = r.find(copy.id());
            assertThat(back.name()).isEqualTo("Phôi giấy khen trường học");
            assertThat(back.landscape()).isFalse();
            assertThat(back.scanImage()).isEqualTo("/home/can-bo/phoi.jpg");
            assertThat(back.field(CertificateSlot.RECIPIENT)).isEqualTo(moved);
            assertThat(back.field(CertificateSlot.ISSUER).printed()).isFalse();
            assertThat(r.otherNamed("PHOI GIAY KHEN TRUONG HOC", null)).isEqualTo(copy.id());
            assertThat(r.otherNamed("Phôi giấy khen trường học", copy.id())).isNull();
            r.delete(copy.id());
            assertThat(r.find(copy.id())).isNull();
            assertThat(r.all()).hasSize(2);
        }
    }

    @Test
    void thePrintersOffsetIsKeptOnce() {
        Path file = dir.resolve("d.db");
        try (Database db = Database.open(file)) {
            CertificateLayoutRepository r = new CertificateLayoutRepository(db);
            assertThat(r.printerOffset()).isEqualTo(PrinterOffset.NONE);
            r.savePrinterOffset(new PrinterOffset(1.5, -0.5));
        }
        try (Database db = Database.open(file)) {
            assertThat(new CertificateLayoutRepository(db).printerOffset()).isEqualTo(new PrinterOffset(1.5, -0.5));
        }
    }
}
