package vn.dienhinh.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldRemovesCaseDiacriticsAndFoldsD() {
        assertThat(VietnameseText.fold("Đặng Thị Ánh Tuyết")).isEqualTo("dang thi anh tuyet");
        assertThat(VietnameseText.fold(Normalizer.normalize("Nguyễn Ưng Ý", Normalizer.Form.NFD))).isEqualTo("nguyen ung y");
    }

    @Test
    void cleanMakesNfcAndCollapsesSpaces() {
        String nfd = Normalizer.normalize("  Trần\u00a0 Văn   Ơn ", Normalizer.Form.NFD);
        assertThat(VietnameseText.clean(nfd)).isEqualTo("Trần Văn Ơn");
    }

    @Test
    void sortKeyFollowsTheVietnameseAlphabetThenTones() {
        List<String> words = new ArrayList<>(List.of("đa", "da", "ê", "e", "ơ", "ô", "o", "ư", "u", "â", "ă", "a",
                "á", "à", "ả", "ã", "ạ", "b", "Ba"));
        words.sort(VietnameseText.ORDER);
        assertThat(words).containsExactly("a", "à", "ả", "ã", "á", "ạ", "ă", "â", "b", "Ba", "da", "đa", "e", "ê",
                "o", "ô", "ơ", "u", "ư");
    }

    @Test
    void nfdAndNfcSortTheSame() {
        String nfc = "Nguyễn Thị Ưng";
        assertThat(VietnameseText.sortKey(Normalizer.normalize(nfc, Normalizer.Form.NFD)))
                .isEqualTo(VietnameseText.sortKey(nfc));
    }

    @Test
    void numbersInNamesSortNaturally() {
        List<String> units = new java.util.ArrayList<>(List.of("Tổ dân phố 10", "Tổ dân phố 2", "Phường Đa Kao",
                "Tổ dân phố 1", "Khu phố 10A", "Khu phố 9", "Phường Bến Nghé", "Tổ dân phố 02"));
        units.sort(VietnameseText.NATURAL);
        assertThat(units).containsExactly("Khu phố 9", "Khu phố 10A", "Phường Bến Nghé", "Phường Đa Kao",
                "Tổ dân phố 1", "Tổ dân phố 02", "Tổ dân phố 2", "Tổ dân phố 10");
    }
}
