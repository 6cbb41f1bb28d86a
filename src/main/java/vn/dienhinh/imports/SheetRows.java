package vn.dienhinh.imports;

import java.util.List;
import java.util.regex.Pattern;

/** What a row below the header is, by its words: a row of column numbers, a total, the end of the list. */
final class SheetRows {

    private static final Pattern NUMBER_CELL = Pattern.compile(
            "\\(?\\s*\\d{1,2}\\s*\\)?(\\s*[=+\\-*x/.]\\s*\\(?\\s*\\d{1,2}\\s*\\)?)*|\\(?[A-Za-z]\\)?");
    /** Words that end the list: signatures, the place-and-date line, notes under the table. */
    private static final List<String> CLOSING = List.of("nguoi lap", "nguoi ky", "nguoi tong hop", "thu truong",
            "tm ", "kt ", "tl ", "tuq ", "chu tich", "pho chu tich", "giam doc", "pho giam doc", "truong phong",
            "pho truong phong", "truong ban", "chanh van phong", "xac nhan", "lanh dao", "ky ten", "ky ghi ro",
            "ky va ghi", "ky dong dau", "noi nhan", "danh sach nay", "danh sach co", "danh sach gom",
            "an dinh danh sach", "ghi chu", "luu y", "bi thu", "can bo phu trach", "duyet", "phe duyet", "thu ky",
            "t m ", "k t ");
    private static final Pattern DATE_LINE = Pattern.compile("(^|\\s)ngay(\\s\\d+)?\\sthang(\\s\\d+)?\\snam\\b");
    private static final Pattern TOTAL = Pattern.compile("(tong cong|tong so|tong|cong|cong danh sach)"
            + "(\\s+(so|\\d.*|ca nhan.*|tap the.*|ho(\\s.*)?|danh sach.*))?");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+\\.?|[A-ZĐ]\\.?|[ivx]+\\.?");
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*([IVXLC]+|[A-ZĐ]|\\d+(\\.\\d+)*)\\s*[.):/\\-]\\s*\\S.*");

    private SheetRows() {
    }

    /** "(1) (2) (3) …" or "1 2 3 …" or "A B C …" under the header: at least two cells, all such numbers. */
    static boolean isNumberRow(RawSheet sheet, int r, int width) {
        int n = 0;
        for (int c = 0; c < width; c++) {
            String t = sheet.cell(r, c).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!NUMBER_CELL.matcher(t).matches()) {
                return false;
            }
            n++;
        }
        return n >= 2;
    }

    /** A line that ends the list: who signs, "Quận 1, ngày 05 tháng 01 năm 2024", "Nơi nhận", notes. */
    static boolean closing(String text) {
        String raw = text.strip();
        if (raw.startsWith("*") || raw.startsWith("(*")) {
            return true;
        }
        String t = HeaderTitles.normal(text) + " ";
        for (String c : CLOSING) {
            if (t.startsWith(c.endsWith(" ") ? c : c + " ")) {
                return true;
            }
        }
        return DATE_LINE.matcher(t).find();
    }

    /** "Tổng cộng: 25", "Cộng", "Tổng số 10 cá nhân": a total, skipped (a list may have one per section). */
    static boolean total(String text) {
        return TOTAL.matcher(HeaderTitles.normal(text)).matches();
    }

    /** A whole number as STT writes it: "1", "12.", 3.0. */
    static boolean wholeNumber(String text) {
        return text.strip().matches("\\d{1,6}\\.?");
    }

    /** "I", "II.", "A", "b." in the STT column: a section, not an exemplar. */
    static boolean sectionNumber(String text) {
        return ROMAN.matcher(text.strip()).matches();
    }

    /** "I. CÁ NHÂN", "2. Phường Bến Nghé", "B - TẬP THỂ": text opening with a section number. */
    static boolean numbered(String text) {
        return NUMBERED.matcher(text).matches();
    }

    /** The text without its section number and without a trailing count: "I. CÁ NHÂN (05 người)" → "CÁ NHÂN". */
    static String core(String text) {
        String t = vn.dienhinh.util.VietnameseText.clean(text);
        t = t.replaceFirst("^([IVXLC]+|[A-ZĐ]|\\d+(\\.\\d+)*)\\s*[.):/\\-]\\s*", "");
        t = t.replaceFirst("\\s*[:(]\\s*\\d+[^)]*\\)?\\s*$", "");
        t = t.replaceFirst("^(?i)(đơn vị|lĩnh vực)\\s*:\\s*", "");
        return t.strip();
    }

    /** True when every letter is upper case (and there are a few): "CÁ NHÂN", "TẬP THỂ". */
    static boolean upperCase(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }
}
