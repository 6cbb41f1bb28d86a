package vn.dienhinh.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @Test
    void aNomineeWithSlashColonAndQuotesGetsAValidReadableName() {
        String name = FileNames.of("Hồ sơ Nguyễn Văn A/B: \"C\"", "docx", "HoSo");
        assertThat(name).isEqualTo("Hồ sơ Nguyễn Văn A-B - 'C'.docx");
        assertThat(FileNames.valid(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\b", "a/b", "a:b", "a*b", "a?b", "a\"b", "a<b", "a>b", "a|b", "tab\there", "new\nline",
            "trailing dot.", "trailing space ", "...", "   ", "CON", "con", "Nul.docx", "COM1", "lpt9.txt", "AUX ",
            "\u0000", "x\u007f"})
    void whatWindowsRefusesBecomesAcceptable(String title) {
        String name = FileNames.of(title, "", "tep");
        assertThat(FileNames.valid(name)).as("%s -> %s", title, name).isTrue();
        assertThat(FileNames.valid(FileNames.of(title, "xlsx", "tep"))).isTrue();
    }

    @Test
    void theRulesThemselvesRefuseWhatWindowsRefuses() {
        assertThat(FileNames.valid("a:b.docx")).isFalse();
        assertThat(FileNames.valid("CON.docx")).isFalse();
        assertThat(FileNames.valid("a.")).isFalse();
        assertThat(FileNames.valid("a ")).isFalse();
        assertThat(FileNames.valid("x".repeat(201))).isFalse();
        assertThat(FileNames.valid("Báo cáo quý 4.docx")).isTrue();
        assertThat(FileNames.valid("CONSOLE.docx")).isTrue();
    }

    @Test
    void reservedDeviceNamesAreMovedAside() {
        assertThat(FileNames.of("CON", "docx", "x")).isEqualTo("_CON.docx");
        assertThat(FileNames.of("Com3", "", "x")).isEqualTo("_Com3");
        assertThat(FileNames.of("Conan", "docx", "x")).isEqualTo("Conan.docx");
    }

    @Test
    void longTitlesAreCutTo200CharactersKeepingTheExtension() {
        String name = FileNames.of("Báo cáo thành tích ".repeat(30), "docx", "x");
        assertThat(name).hasSizeLessThanOrEqualTo(FileNames.MAX).endsWith(".docx").doesNotContain(" .docx");
        assertThat(FileNames.valid(name)).isTrue();
    }

    @Test
    void decomposedVietnameseIsComposed() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hà", Normalizer.Form.NFD);
        assertThat(FileNames.of(nfd, "pdf", "x")).isEqualTo("Nguyễn Thị Hà.pdf");
    }

    @Test
    void nothingLeftFallsBack() {
        assertThat(FileNames.of("???", "docx", "HoSo")).isEqualTo("HoSo.docx");
        assertThat(FileNames.of(null, "docx", null)).isEqualTo("tep.docx");
        assertThat(FileNames.slug("***", "ca-nhan")).isEqualTo("ca-nhan");
        assertThat(FileNames.slug("Nguyễn Văn A/B: \"C\"", "x")).isEqualTo("nguyen-van-a-b-c");
    }

    @Test
    void aBuiltNameKeepsItsExtension() {
        assertThat(FileNames.safe("BaoCao-Quy4-2026.docx")).isEqualTo("BaoCao-Quy4-2026.docx");
        assertThat(FileNames.safe("Giấy khen: đợt 1/2026.pdf")).isEqualTo("Giấy khen - đợt 1-2026.pdf");
        assertThat(FileNames.safe("dienhinh-sao-luu-2026-12-06.zip")).isEqualTo("dienhinh-sao-luu-2026-12-06.zip");
    }
}
