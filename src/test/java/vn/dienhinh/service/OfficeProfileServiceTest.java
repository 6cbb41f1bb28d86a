package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;
import vn.dienhinh.testutil.TestDb;

/** The office profile: empty on a new database, checked field by field, stored and read back. */
class OfficeProfileServiceTest {

    @TempDir
    Path dir;
    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aNewDatabaseHasAnEmptyProfileAndDocumentsGetTheTemplateBlanks() {
        assertThat(t.office.isEmpty()).isTrue();
        assertThat(t.office.isComplete()).isFalse();
        OfficeProfile p = t.office.forDocuments();
        assertThat(p.agency()).isEqualTo("TÊN CƠ QUAN, TỔ CHỨC");
        assertThat(p.signerName()).isEqualTo("Họ và tên");
        assertThat(p.signerTitle()).isEqualTo("CHỨC VỤ CỦA NGƯỜI KÝ");
    }

    @Test
    void refusesAnIncompleteProfileFieldByFieldInVietnamese() {
        OfficeProfile bad = new OfficeProfile("", "  ", "Quận 1", "BC/UBND", "", "Phó Chủ tịch", "",
                SigningAuthority.DEPUTY, "", List.of());
        assertThatThrownBy(() -> t.office.save(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.problems()).containsOnlyKeys("agency", "symbol", "signerName", "principalTitle");
            assertThat(e.problems().get("symbol")).contains("“BC/UBND”").contains("không có khoảng trắng hay dấu /");
            assertThat(e.problems().get("principalTitle")).contains("Ký thay (KT.)");
            assertThat(e.getMessage()).isEqualTo("Hãy ghi tên cơ quan ban hành văn bản (ví dụ Ủy ban nhân dân Quận 1).");
        });
        assertThat(t.office.isEmpty()).isTrue();
    }

    @Test
    void storesTheProfileCleanedAndReadsItBack() {
        OfficeProfile typed = new OfficeProfile(" Ủy ban nhân dân  Thành phố Hồ Chí Minh", "Ủy ban nhân dân Quận 1",
                "Quận 1", "UBND", "Nguyễn Thị Thu Hiền", "Phó Chủ tịch", "Ủy ban nhân dân", SigningAuthority.DEPUTY,
                "Chủ tịch", List.of("- Ban Thi đua - Khen thưởng Thành phố;\n\n- Lưu: VT, PNV"));
        OfficeProfile saved = t.office.save(typed);
        assertThat(saved.parentAgency()).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        assertThat(saved.defaultRecipients()).containsExactly("Ban Thi đua - Khen thưởng Thành phố;", "Lưu: VT, PNV");
        assertThat(t.office.load()).isEqualTo(saved);
        assertThat(t.office.isComplete()).isTrue();
        assertThat(t.office.forDocuments()).isEqualTo(saved);
        assertThat(saved.draftingUnit()).as("none given: letters are numbered with the agency's symbol alone").isEmpty();
        assertThat(saved.letterSymbol()).isEqualTo("UBND");
    }

    @Test
    void keepsTheDraftingUnitAndRefusesOneThatIsNotAnAbbreviation() {
        OfficeProfile e = OfficeProfile.example();
        OfficeProfile typed = new OfficeProfile(e.parentAgency(), e.agency(), e.place(), e.symbol(), e.signerName(),
                e.signerTitle(), e.onBehalfOf(), e.authority(), e.principalTitle(), e.defaultRecipients(), " N V ");
        OfficeProfile saved = t.office.save(typed);
        assertThat(t.office.load().draftingUnit()).isEqualTo("NV");
        assertThat(t.office.forDocuments().letterSymbol()).isEqualTo("UBND-NV");
        OfficeProfile bad = new OfficeProfile(e.parentAgency(), e.agency(), e.place(), e.symbol(), e.signerName(),
                e.signerTitle(), e.onBehalfOf(), e.authority(), e.principalTitle(), e.defaultRecipients(), "NV/TĐKT");
        assertThatThrownBy(() -> t.office.save(bad)).isInstanceOfSatisfying(ValidationException.class, x ->
                assertThat(x.problems()).containsOnlyKeys("draftingUnit"));
        assertThat(t.office.load()).as("nothing stored from the refused profile").isEqualTo(saved);
    }

    @Test
    void remembersTheExportFolderWhileItExists() throws Exception {
        assertThat(t.office.exportFolder()).isNull();
        Path out = Files.createDirectories(dir.resolve("văn bản"));
        t.office.rememberExportFolder(out);
        assertThat(t.office.exportFolder()).isEqualTo(out.toAbsolutePath());
        Files.delete(out);
        assertThat(t.office.exportFolder()).as("a folder since deleted").isNull();
    }
}
