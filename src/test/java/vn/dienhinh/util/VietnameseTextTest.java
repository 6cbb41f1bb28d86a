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
    void theShortSortKeyOrdersExactlyAsTheLongOneDid() {
        List<String> names = new ArrayList<>(List.of("Nguyễn Văn An", "nguyễn văn an", "NGUYỄN VĂN AN", "Nguyễn Văn Ân",
                "Nguyễn Văn Án", "Nguyễn Văn Ấn", "Nguyễn Văn A", "Nguyễn Văn Anh", "Đặng Thị Ánh", "Dương Thị Ánh",
                "Tổ dân phố 5", "Tổ dân phố 10", "Tổ dân phố 5A", "Trường THCS Lê Lợi", "Trường THCS Lê Lợi (cơ sở 2)",
                "Hộ ông Phạm Văn Ba", "Hộ bà Phạm Thị Ba", "Ñuñez", "Zoe", "Wilson", "Fabien", "Jean-Pierre", "Ông Ích Khiêm",
                "Ưng Hoàng Phúc", "Ư", "U", "Ứ", "Ừ", "Ử", "Ữ", "Ự", "a", "A", "ả", "Ả", "ba", "bà", "Bà", "bá", "", " ",
                "Lê Văn Tám", "Lê văn Tám", "Lê Văn Tâm", "Lê Vân Tám", "Hồ Thị Thu Hà", "Hồ Thị Thu Hằng", "123", "12 3",
                "Khu phố 1, phường Bến Nghé", "Khu phố 1 phường Bến Nghé", "Y tế", "Ý tế", "Ỷ Lan", "Trần Thị Ýến"));
        for (String a : names) {
            for (String b : names) {
                int was = Integer.signum(longKey(a).compareTo(longKey(b)));
                int now = Integer.signum(VietnameseText.sortKey(a).compareTo(VietnameseText.sortKey(b)));
                assertThat(now).as(a + " vs " + b).isEqualTo(was);
                String pa = VietnameseText.personSortKey(a);
                String pb = VietnameseText.personSortKey(b);
                assertThat(Integer.signum(pa.compareTo(pb))).as("person " + a + " vs " + b)
                        .isEqualTo(Integer.signum(longPersonKey(a).compareTo(longPersonKey(b))));
            }
        }
        assertThat(VietnameseText.sortKey("Nguyễn Văn Thành").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .as("one byte a letter, two tones a byte, six cases a byte").hasSize(16 + 1 + 8 + 1 + 3);
    }

    /** The sort key as versions 1 to 8 wrote it, to check the short one against. */
    private static String longKey(String s) {
        if (s == null) {
            return "";
        }
        String alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
        String tonesOf = "\u0300\u0309\u0303\u0301\u0323";
        String d = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
        StringBuilder primary = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            char m1 = i + 1 < d.length() ? d.charAt(i + 1) : 0;
            char m2 = i + 2 < d.length() ? d.charAt(i + 2) : 0;
            boolean breve = m1 == '\u0306' || m2 == '\u0306';
            boolean circumflex = m1 == '\u0302' || m2 == '\u0302';
            boolean horn = m1 == '\u031B' || m2 == '\u031B';
            char letter = switch (lower) {
                case 'a' -> breve ? 'ă' : circumflex ? 'â' : 'a';
                case 'e' -> circumflex ? 'ê' : 'e';
                case 'o' -> circumflex ? 'ô' : horn ? 'ơ' : 'o';
                case 'u' -> horn ? 'ư' : 'u';
                case 'đ', 'ð' -> 'đ';
                default -> lower;
            };
            int t = tonesOf.indexOf(m1);
            if (t < 0 && m2 != 0) {
                t = tonesOf.indexOf(m2);
            }
            int tone = t < 0 ? 0 : t + 1;
            int pos = alphabet.indexOf(letter);
            if (pos >= 0) {
                primary.append((char) (0x0100 + pos));
            } else if (Character.isLetterOrDigit(lower)) {
                primary.append(Character.isDigit(lower) ? (char) (0x0030 + (lower - '0')) : (char) (0x0200 + lower));
            } else {
                primary.append((char) 0x0020);
            }
            tones.append((char) ('0' + tone));
            cases.append(Character.isUpperCase(c) ? '1' : '0');
        }
        return primary.append('\u0001').append(tones).append('\u0001').append(cases).toString();
    }

    private static String longPersonKey(String fullName) {
        String c = VietnameseText.clean(fullName);
        int space = c.lastIndexOf(' ');
        return longKey(space < 0 ? c : c.substring(space + 1)) + '\u0000' + longKey(c);
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
