package vn.dienhinh.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.util.VietnameseText;

/** Reading the kind of exemplar from words: section rows, titles, a "Loại" column, the name itself. */
final class Kinds {

    /** How collectives' names begin (with diacritics: "Tô Văn Ba" is a person, "Tổ dân phố 3" is not). */
    private static final List<String> COLLECTIVE_STARTS = List.of("tập thể", "tổ ", "trường ", "phòng ", "ban ",
            "hội ", "chi hội", "chi bộ", "chi đoàn", "đoàn thanh niên", "đoàn trường", "câu lạc bộ", "clb ",
            "khu phố", "ấp ", "thôn ", "tổ dân phố", "công an ", "trạm ", "đội ", "nhóm ", "lớp ", "hợp tác xã",
            "htx ", "công ty", "ubnd", "ủy ban", "uỷ ban", "mặt trận", "bệnh viện", "khoa ", "văn phòng",
            "trung tâm", "xí nghiệp", "nhà máy", "sở ", "cục ", "viện ", "khối ", "liên đoàn", "phường ", "xã ",
            "thị trấn", "quận ", "huyện ", "ban chỉ huy", "đảng ủy", "đảng uỷ", "công đoàn", "hội đồng",
            "tiểu đội", "trung đội", "đại đội", "ngân hàng", "chi nhánh", "bộ phận", "tòa án", "toà án",
            "viện kiểm sát", "kho bạc", "chi cục", "bưu điện", "thư viện", "nhà văn hóa", "nhà văn hoá",
            "doanh nghiệp", "cơ sở ", "hợp tác", "tổ chức", "làng ", "bản ", "buôn ", "khu dân cư", "chi bộ");
    private static final List<String> HOUSEHOLD_STARTS = List.of("hộ ông", "hộ bà", "hộ gia đình", "gia đình ông",
            "gia đình bà", "hộ anh", "hộ chị", "gia đình anh", "gia đình chị");

    private Kinds() {
    }

    /** Kinds the words name: "cá nhân", "tập thể", "hộ gia đình". */
    static Set<ExemplarKind> mentioned(String text) {
        String t = HeaderTitles.normal(text);
        Set<ExemplarKind> out = EnumSet.noneOf(ExemplarKind.class);
        if (HeaderTitles.hasPhrase(t, "ca nhan")) {
            out.add(ExemplarKind.INDIVIDUAL);
        }
        if (HeaderTitles.hasPhrase(t, "tap the")) {
            out.add(ExemplarKind.COLLECTIVE);
        }
        if (HeaderTitles.hasPhrase(t, "ho gia dinh") || HeaderTitles.hasPhrase(t, "gia dinh")
                || HeaderTitles.hasPhrase(t, "ho dan")) {
            out.add(ExemplarKind.HOUSEHOLD);
        }
        return out;
    }

    /** The one kind the words name, or null when they name none or several. */
    static ExemplarKind single(String text) {
        Set<ExemplarKind> k = mentioned(text);
        return k.size() == 1 ? k.iterator().next() : null;
    }

    /** A value of a "Loại" column: a label (Cá nhân, Tập thể, Hộ gia đình) or a command-line name. */
    static ExemplarKind parse(String value) {
        String t = HeaderTitles.normal(value);
        for (ExemplarKind k : ExemplarKind.values()) {
            if (t.equals(HeaderTitles.normal(vn.dienhinh.util.Messages.of(k))) || t.equals(k.cliName())
                    || t.equals(k.name().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return switch (t) {
            case "cn", "nguoi" -> ExemplarKind.INDIVIDUAL;
            case "tt", "to chuc", "don vi" -> ExemplarKind.COLLECTIVE;
            case "ho", "gia dinh", "hgd", "ho dan" -> ExemplarKind.HOUSEHOLD;
            default -> single(value);
        };
    }

    /** The kind a name suggests ("Trường Tiểu học Kim Đồng", "Hộ ông Lê Văn Ba"), or null for a person's name. */
    static ExemplarKind fromName(String name) {
        String n = VietnameseText.clean(name).toLowerCase(Locale.forLanguageTag("vi")) + " ";
        for (String s : HOUSEHOLD_STARTS) {
            if (n.startsWith(s)) {
                return ExemplarKind.HOUSEHOLD;
            }
        }
        for (String s : COLLECTIVE_STARTS) {
            if (n.startsWith(s)) {
                return ExemplarKind.COLLECTIVE;
            }
        }
        return null;
    }
}
