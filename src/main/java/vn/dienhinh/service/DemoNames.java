package vn.dienhinh.service;

import java.util.Random;
import vn.dienhinh.model.Gender;

/**
 * Vietnamese personal names and phone numbers for the demo registry: surnames weighted roughly as
 * they occur in the South, middle and given names matched to gender, a little more variety for
 * people born after 1985 (fewer plain "Văn"/"Thị").
 */
final class DemoNames {

    private DemoNames() {
    }

    /** Surname and weight (per thousand, roughly). */
    private static final Object[][] SURNAMES = {
        {"Nguyễn", 310}, {"Trần", 110}, {"Lê", 90}, {"Phạm", 65}, {"Huỳnh", 45}, {"Hoàng", 25}, {"Phan", 40},
        {"Võ", 40}, {"Vũ", 20}, {"Đặng", 20}, {"Bùi", 18}, {"Đỗ", 15}, {"Hồ", 16}, {"Ngô", 13}, {"Dương", 10},
        {"Lý", 10}, {"Trương", 15}, {"Đinh", 9}, {"Lâm", 10}, {"Mai", 7}, {"Đoàn", 8}, {"Lương", 6}, {"Tô", 4},
        {"Châu", 6}, {"Cao", 5}, {"Tạ", 4}, {"Lưu", 5}, {"Hà", 6}, {"Thái", 4}, {"Kiều", 3}, {"Quách", 3},
    };
    private static final int SURNAME_TOTAL;

    static {
        int t = 0;
        for (Object[] s : SURNAMES) {
            t += (Integer) s[1];
        }
        SURNAME_TOTAL = t;
    }

    private static final String[] MALE_MIDDLE = {
        "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Ngọc", "Hoàng", "Xuân", "Tấn", "Trọng", "Quang", "Thành",
        "Duy", "Hoài", "Nhật", "Gia", "Anh", "Thế", "Phước",
    };
    private static final String[] FEMALE_MIDDLE = {
        "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Hồng", "Mỹ", "Phương", "Bích", "Thúy", "Diễm", "Bảo", "Khánh",
        "Hoài", "Tuyết", "Cẩm", "Quỳnh",
    };
    /** Second middle names after "Thị": Nguyễn Thị Thu Hà. */
    private static final String[] AFTER_THI = {"Thu", "Thanh", "Ngọc", "Kim", "Mỹ", "Bích", "Hồng", "Minh", "Phương"};
    private static final String[] MALE_GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hiếu", "Hùng", "Huy", "Khang", "Khoa", "Long", "Minh",
        "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Tín", "Toàn", "Trung", "Tuấn",
        "Vinh", "Việt", "Lộc", "Hưng", "Kiên", "Tâm", "Hậu", "Lực", "Thịnh", "Bảo", "Duy", "Hoàng", "Khải", "Lâm",
        "Nhân", "Quân", "Thái", "Thiện", "Trí", "Tùng", "Vũ", "Châu", "Hòa",
    };
    private static final String[] FEMALE_GIVEN = {
        "Anh", "Châu", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Huyền", "Lan",
        "Liên", "Linh", "Loan", "Mai", "Ngân", "Nga", "Nhung", "Oanh", "Phượng", "Quyên", "Tâm", "Thảo", "Thủy",
        "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Xuân", "Yến", "Ngọc", "Nhi", "Thư", "Vy", "Hân", "My", "Lệ",
        "Cúc", "Đào", "Hòa", "Khánh", "Mến", "Nguyệt", "Phương", "Sương", "Tiên",
    };

    /** Mobile prefixes in use (Viettel, Vinaphone, MobiFone, Vietnamobile). */
    private static final String[] MOBILE = {
        "090", "093", "098", "097", "096", "091", "094", "089", "086", "088", "070", "079", "077", "076", "078",
        "083", "084", "085", "081", "082", "032", "033", "034", "035", "036", "037", "038", "039", "056", "058",
    };

    static String surname(Random r) {
        int n = r.nextInt(SURNAME_TOTAL);
        for (Object[] s : SURNAMES) {
            n -= (Integer) s[1];
            if (n < 0) {
                return (String) s[0];
            }
        }
        return "Nguyễn";
    }

    /** A full name: surname, one or two middle names, a given name that fits the gender. */
    static String person(Random r, Gender g, int birthYear) {
        boolean older = birthYear < 1985;
        String given;
        String middle;
        if (g == Gender.MALE) {
            given = pick(r, MALE_GIVEN);
            middle = r.nextInt(100) < (older ? 55 : 25) ? "Văn" : pick(r, MALE_MIDDLE);
        } else {
            given = pick(r, FEMALE_GIVEN);
            int roll = r.nextInt(100);
            if (roll < (older ? 55 : 25)) {
                middle = "Thị";
            } else if (roll < (older ? 70 : 40)) {
                middle = "Thị " + pick(r, AFTER_THI);
            } else {
                middle = pick(r, FEMALE_MIDDLE);
            }
        }
        if (middle.endsWith(given)) {
            // "Ngọc Ngọc", "Thị Minh Minh": take the plain middle name instead
            middle = g == Gender.MALE ? "Văn" : "Thị";
        }
        return surname(r) + " " + middle + " " + given;
    }

    /** A mobile number as people write it: 0903 123 456. */
    static String mobile(Random r) {
        return pick(r, MOBILE) + r.nextInt(10) + " " + digits(r, 3) + " " + digits(r, 3);
    }

    /** An office landline in Hồ Chí Minh City: 028 3829 1234. */
    static String landline(Random r) {
        return "028 38" + digits(r, 2) + " " + digits(r, 4);
    }

    /** How the account refers to a person: ông/bà for the older, anh/chị for the younger. */
    static String title(Gender g, int birthYear) {
        if (birthYear < 1976) {
            return g == Gender.MALE ? "ông" : "bà";
        }
        return g == Gender.MALE ? "anh" : "chị";
    }

    /** The given name: the last word of a full name. */
    static String given(String fullName) {
        return fullName.substring(fullName.lastIndexOf(' ') + 1);
    }

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }
}
