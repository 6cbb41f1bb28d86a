package vn.dienhinh.imports;

import java.util.List;
import vn.dienhinh.util.VietnameseText;

/**
 * The column titles offices write, and their variants (case, diacritics and punctuation ignored):
 * "Họ và tên", "Họ tên", "Tên tập thể"; "Năm sinh", "Ngày, tháng, năm sinh"; "Chức vụ, đơn vị công
 * tác"; "Đơn vị đề xuất"; "Tóm tắt thành tích" … Rules are tried in order, the first that matches wins,
 * so the specific ones ("Đơn vị công tác") come before the loose ones ("Đơn vị").
 */
final class HeaderTitles {

    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private enum Mode { EXACT, ANY, BOTH }

    /** EXACT: the title is one of the phrases; ANY: it contains one; BOTH: one of each list. */
    private record Rule(Target target, Mode mode, List<String> phrases, List<String> others) {
    }

    private static final List<Rule> RULES = List.of(
            exact(Target.NUMBER, "stt", "tt", "so tt", "so thu tu", "thu tu", "s tt", "st t", "so"),
            contains(Target.HEAD_NAME, "nguoi dung dau", "thu truong", "nguoi dai dien", "ho ten nguoi dung dau"),
            contains(Target.FOUND_ON, "ngay phat hien"),
            contains(Target.BIRTH, "nam sinh", "ngay sinh", "sinh ngay", "sinh nam", "thang nam sinh"),
            containsAll(Target.NAME_POSITION, List.of("ho va ten", "ho ten"), List.of("chuc vu", "chuc danh")),
            contains(Target.NAME, "ho va ten", "ho ten", "ten tap the", "ten ca nhan", "ten dien hinh", "ten guong",
                    "ten mo hinh", "chu ho", "ten ho", "ten don vi ca nhan", "tap the ca nhan", "ca nhan tap the",
                    "ho gia dinh", "ten nguoi", "ten chu ho"),
            exact(Target.NAME, "ten", "ho va", "ten goi", "ho", "ho dem", "ho va ten dem", "ho lot", "ho va chu dem",
                    "ho va dem", "ho va chu lot"),
            contains(Target.GENDER, "gioi tinh", "nam nu", "nam hay nu"),
            exact(Target.GENDER, "phai"),
            contains(Target.UNIT, "don vi de xuat", "don vi de nghi", "don vi gioi thieu", "don vi trinh",
                    "co quan de xuat", "co quan de nghi", "don vi phat hien", "don vi quan ly", "thuoc don vi",
                    "don vi chu quan", "don vi cap tren", "don vi co so"),
            exact(Target.KIND, "loai", "doi tuong", "loai doi tuong", "ca nhan tap the ho gia dinh"),
            contains(Target.CATEGORY, "loai dien hinh", "phan loai", "loai guong", "loai hinh dien hinh"),
            contains(Target.STATUS, "trang thai", "tinh trang"),
            contains(Target.PHONE, "dien thoai", "sdt", "so dt", "di dong"),
            exact(Target.PHONE, "dt", "d t"),
            contains(Target.ID_NUMBER, "cccd", "cmnd", "can cuoc", "dinh danh", "chung minh"),
            contains(Target.MEMBER_COUNT, "so thanh vien", "so luong thanh vien", "so nguoi", "quan so"),
            exact(Target.MEMBER_COUNT, "so luong"),
            contains(Target.ADDRESS, "dia chi", "noi cu tru", "noi o", "cho o", "thuong tru", "tru quan",
                    "noi sinh song", "dia chi lien he"),
            containsAll(Target.POSITION_WORKPLACE, List.of("chuc vu", "chuc danh", "nghe nghiep"),
                    List.of("don vi", "noi cong tac", "co quan", "noi lam viec")),
            contains(Target.POSITION, "chuc vu", "chuc danh", "nghe nghiep", "cong viec"),
            contains(Target.WORKPLACE, "don vi cong tac", "noi cong tac", "co quan cong tac", "noi lam viec",
                    "co quan don vi"),
            exact(Target.WORKPLACE, "co quan"),
            exact(Target.UNIT, "don vi", "dia phuong", "phuong xa", "xa phuong", "dia ban", "don vi dia phuong",
                    "xa phuong thi tran", "phuong xa thi tran", "to chuc", "co so"),
            contains(Target.FIELD, "linh vuc"),
            exact(Target.FIELD, "nganh", "nganh nghe"),
            contains(Target.NEW_MODEL, "mo hinh", "cach lam hay", "sang kien"),
            contains(Target.SUMMARY, "thanh tich", "tom tat", "viec tot", "noi dung", "guong nguoi tot"),
            contains(Target.NOTE, "ghi chu"));

    /** "Tên đơn vị", "Tên cơ quan": the name of a collective, or the unit when the list names people. */
    private static final List<String> COLLECTIVE_NAME = List.of("ten don vi", "ten co quan", "ten co quan don vi",
            "ten to chuc", "don vi tap the", "don vi", "tap the", "co quan don vi");
    /** Titles of a family-name column that a "Tên" column completes. */
    private static final List<String> FAMILY_NAME = List.of("ho", "ho dem", "ho va ten dem", "ho lot", "ho va chu dem",
            "ho va dem", "ho va chu lot");

    private HeaderTitles() {
    }

    /** What a column with this title holds; {@link Target#EXTRA} for an unknown title, IGNORE for none. */
    static Target classify(String title) {
        String t = normal(title);
        if (t.isEmpty()) {
            return Target.IGNORE;
        }
        for (Rule r : RULES) {
            if (matches(r, t)) {
                return r.target();
            }
        }
        return Target.EXTRA;
    }

    /** True for "Tên đơn vị" and the like, which name a collective unless another column names people. */
    static boolean collectiveName(String title) {
        return COLLECTIVE_NAME.contains(normal(title));
    }

    /** True for "Họ đệm", "Họ và tên đệm": the name continues in a "Tên" column beside it. */
    static boolean familyName(String title) {
        String n = normal(title);
        return FAMILY_NAME.stream().anyMatch(f -> n.equals(f) || n.endsWith(" " + f));
    }

    /** Folded, punctuation turned into spaces, "&" into "va", spaces collapsed. */
    static String normal(String s) {
        String f = VietnameseText.fold(VietnameseText.clean(s)).replace("&", " va ");
        return NOT_LETTER_OR_DIGIT.matcher(f).replaceAll(" ").strip();
    }

    private static boolean matches(Rule r, String t) {
        return switch (r.mode()) {
            case EXACT -> r.phrases().contains(t);
            case ANY -> r.phrases().stream().anyMatch(p -> hasPhrase(t, p));
            case BOTH -> r.phrases().stream().anyMatch(p -> hasPhrase(t, p))
                    && r.others().stream().anyMatch(p -> hasPhrase(t, p));
        };
    }

    /** True when the words of {@code phrase} occur one after another in {@code text}. */
    static boolean hasPhrase(String text, String phrase) {
        return (" " + text + " ").contains(" " + phrase + " ");
    }

    private static Rule exact(Target t, String... p) {
        return new Rule(t, Mode.EXACT, List.of(p), List.of());
    }

    private static Rule contains(Target t, String... p) {
        return new Rule(t, Mode.ANY, List.of(p), List.of());
    }

    /** A rule matching when one phrase of each list occurs (position and workplace in one title). */
    private static Rule containsAll(Target t, List<String> first, List<String> second) {
        return new Rule(t, Mode.BOTH, first, second);
    }
}
