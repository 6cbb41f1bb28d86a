package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameLinesTest {

    private static final int COLUMN = Docx.mm(63);

    @Test
    void longNamesBreakBeforeTheAdministrativeUnit() {
        assertThat(NameLines.fit("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", 13, false, COLUMN))
                .isEqualTo("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH");
        assertThat(NameLines.fit("ỦY BAN NHÂN DÂN PHƯỜNG THẮNG LỢI", 13, true, COLUMN))
                .isEqualTo("ỦY BAN NHÂN DÂN\nPHƯỜNG THẮNG LỢI");
    }

    @Test
    void aUnitsNameTooLongForALineWithItsUnitStaysWholeOnTheNextLine() {
        assertThat(NameLines.fit("KHU PHỐ 2, PHƯỜNG NGUYỄN THÁI BÌNH", 13, true, COLUMN))
                .isEqualTo("KHU PHỐ 2, PHƯỜNG\nNGUYỄN THÁI BÌNH");
    }

    @Test
    void theWidthAtWhichAWardNameTakesTwoLinesRatherThanThreeIsFound() {
        String ward = "ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN THÁI BÌNH";
        assertThat(NameLines.fit(ward, 13, false, COLUMN)).as("63 mm: a hair too narrow for “… DÂN PHƯỜNG”")
                .isEqualTo("ỦY BAN NHÂN DÂN\nPHƯỜNG\nNGUYỄN THÁI BÌNH");
        int w = NameLines.widthFor(ward, 13, false, COLUMN, Docx.mm(66));
        assertThat(w).isGreaterThan(COLUMN).isLessThan(Docx.mm(64));
        assertThat(NameLines.fit(ward, 13, false, w)).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG\nNGUYỄN THÁI BÌNH");
        assertThat(NameLines.widthFor("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", 13, false, COLUMN, Docx.mm(66)))
                .as("no line saved: the column stays").isEqualTo(COLUMN);
    }

    @Test
    void aCooperativeOrASocialBodyIsNotBrokenAtTheWordForCommuneInsideIt() {
        assertThat(NameLines.fit("HỢP TÁC XÃ VẬN TẢI BẾN THÀNH", 13, true, COLUMN))
                .isEqualTo("HỢP TÁC XÃ\nVẬN TẢI BẾN THÀNH");
        assertThat(NameLines.fit("BẢO HIỂM XÃ HỘI THÀNH PHỐ HỒ CHÍ MINH", 13, true, COLUMN))
                .isEqualTo("BẢO HIỂM XÃ HỘI\nTHÀNH PHỐ HỒ CHÍ MINH");
        assertThat(NameLines.fit("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN 1", 13, true, COLUMN))
                .isEqualTo("ỦY BAN MẶT TRẬN\nTỔ QUỐC VIỆT NAM\nQUẬN 1");
    }

    @Test
    void namesThatFitOrWereBrokenByHandStay() {
        assertThat(NameLines.fit("ỦY BAN NHÂN DÂN QUẬN 1", 13, true, COLUMN)).isEqualTo("ỦY BAN NHÂN DÂN QUẬN 1");
        assertThat(NameLines.fit("VĂN PHÒNG\nUBND TỈNH", 13, true, 100)).isEqualTo("VĂN PHÒNG\nUBND TỈNH");
    }

    @Test
    void otherwiseLinesOfAboutEqualLength() {
        String fit = NameLines.fit("BAN THI ĐUA KHEN THƯỞNG SỞ NỘI VỤ CÔNG AN", 13, true, COLUMN);
        assertThat(fit).contains("\n");
        for (String line : fit.split("\n")) {
            assertThat(TimesMetrics.width(line, 13, true)).isLessThanOrEqualTo(COLUMN);
        }
    }

    @Test
    void widthsMatchTimesMetrics() {
        // Times New Roman Bold: "Độc lập - Tự do - Hạnh phúc" is 12242/1000 em (measured on Liberation Serif Bold)
        assertThat(TimesMetrics.width("Độc lập - Tự do - Hạnh phúc", 13, true))
                .isBetween((int) (12242 * 13 * 20 / 1000 * 0.99), (int) (12242 * 13 * 20 / 1000 * 1.01));
    }
}
