package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PunctuationTest {

    @Test
    void semicolonsThenAPeriodWhateverWasTyped() {
        assertThat(Punctuation.semicolonsThenPeriod(List.of("Căn cứ A.", "  ", "Căn cứ B", "Thực hiện C;  ")))
                .containsExactly("Căn cứ A;", "Căn cứ B;", "Thực hiện C.");
        assertThat(Punctuation.semicolonsThenPeriod(List.of("Căn cứ A;"))).containsExactly("Căn cứ A.");
        assertThat(Punctuation.semicolonsThenPeriod(List.of())).isEmpty();
    }

    @Test
    void aPlaceOrArticleNeverLeavesItsNumberForTheNextLine() {
        String nb = String.valueOf(Punctuation.NO_BREAK);
        assertThat(Punctuation.keepNumbersWithWords("Ủy ban nhân dân Quận 1 và Phường 5, theo Điều 28 Nghị định số 30/2020"))
                .isEqualTo("Ủy ban nhân dân Quận" + nb + "1 và Phường" + nb + "5, theo Điều" + nb + "28 Nghị định số" + nb
                        + "30/2020");
        assertThat(Punctuation.keepNumbersWithWords("Quý IV/2025, Mục II")).isEqualTo("Quý" + nb + "IV/2025, Mục" + nb + "II");
        // such a word before another word, a word only ending like one of them, other words before a number: breakable
        assertThat(Punctuation.keepNumbersWithWords("Tổ Công tác, khoản tiền, Thủ Đức 3, Hợp tác xã 12"))
                .isEqualTo("Tổ Công tác, khoản tiền, Thủ Đức 3, Hợp tác xã 12");
        assertThat(Punctuation.keepNumbersWithWords("Thuộc Phố 7")).isEqualTo("Thuộc Phố 7");
    }

    @Test
    void aSpanOfYearsStaysOnOneLine() {
        String nb = String.valueOf(Punctuation.NO_BREAK);
        assertThat(Punctuation.keepNumbersWithWords("theo đơn vị giai đoạn 2021 - 2025"))
                .isEqualTo("theo đơn vị giai đoạn 2021" + nb + "-" + nb + "2025");
        assertThat(Punctuation.keepNumbersWithWords("năm 2021 – 2025")).isEqualTo("năm" + nb + "2021" + nb + "–" + nb + "2025");
        // not years: a dash between other numbers may break
        assertThat(Punctuation.keepNumbersWithWords("từ 12 - 20 người, mã 123456 - 7890"))
                .isEqualTo("từ 12 - 20 người, mã 123456 - 7890");
    }

    @Test
    void closingEndsWithSlash() {
        assertThat(Punctuation.closing("Trên đây là báo cáo.")).isEqualTo("Trên đây là báo cáo./.");
        assertThat(Punctuation.closing("Trên đây là báo cáo./.")).isEqualTo("Trên đây là báo cáo./.");
        assertThat(Punctuation.closing("Trên đây là báo cáo")).isEqualTo("Trên đây là báo cáo./.");
    }

    @Test
    void dashesAreNotDoubled() {
        assertThat(Punctuation.dashed("- Lưu: VT")).isEqualTo("- Lưu: VT");
        assertThat(Punctuation.dashed("Lưu: VT")).isEqualTo("- Lưu: VT");
    }

    @Test
    void numberingFollowsVietnameseLetters() {
        Numbering n = new Numbering();
        assertThat(n.section()).isEqualTo("I");
        assertThat(n.subsection()).isEqualTo("1");
        assertThat(List.of(n.point(), n.point(), n.point(), n.point(), n.point(), n.point(), n.point()))
                .containsExactly("a", "b", "c", "d", "đ", "e", "g");
        assertThat(n.subsection()).isEqualTo("2");
        assertThat(n.point()).isEqualTo("a");
        assertThat(n.section()).isEqualTo("II");
        assertThat(n.subsection()).isEqualTo("1");
        assertThat(Numbering.roman(4)).isEqualTo("IV");
        assertThat(Numbering.roman(9)).isEqualTo("IX");
        assertThat(Numbering.roman(14)).isEqualTo("XIV");
    }
}
