package vn.dienhinh.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.Unit;
import vn.dienhinh.store.BulkWriter;

/**
 * The units of the demo registry: the emulation clusters of a district office in Hồ Chí Minh City
 * (Quận 1, as in seed 000) and a unit tree under them: ten wards, each with its khu phố, tổ dân phố
 * and trạm y tế; schools; the district's phòng, ban; the Front and mass organisations; companies.
 */
final class DemoCatalog {

    static final String DISTRICT = "Quận 1";

    /** What a unit is, which decides who works there and what its exemplars do. */
    enum Kind {
        WARD, QUARTER, GROUP, HEALTH, KINDERGARTEN, PRIMARY, SECONDARY, OFFICE, FRONT, WOMEN, YOUTH, VETERANS,
        FARMERS, LABOUR, RED_CROSS, COMPANY
    }

    /** A unit written to the database. {@code ward}: the ward it lies in ("Bến Nghé"), null for district units. */
    record DemoUnit(long id, String name, Kind kind, String ward, List<String> tags) {
    }

    /** Ward, then its streets, then its market (or "" for none). */
    private static final String[][] WARDS = {
        {"Bến Nghé", "Đồng Khởi|Lê Thánh Tôn|Nguyễn Du|Hai Bà Trưng|Tôn Đức Thắng|Lê Duẩn|Nguyễn Huệ", ""},
        {"Bến Thành", "Lê Lợi|Nguyễn Trãi|Phan Bội Châu|Lý Tự Trọng|Trương Định|Thủ Khoa Huân", "Chợ Bến Thành"},
        {"Cầu Kho", "Trần Hưng Đạo|Trần Đình Xu|Nguyễn Cảnh Chân|Nguyễn Văn Cừ", ""},
        {"Cầu Ông Lãnh", "Nguyễn Thái Học|Yersin|Trần Hưng Đạo|Võ Văn Kiệt", "Chợ Cầu Ông Lãnh"},
        {"Cô Giang", "Cô Giang|Cô Bắc|Đề Thám|Nguyễn Khắc Nhu|Hồ Hảo Hớn", ""},
        {"Đa Kao", "Đinh Tiên Hoàng|Trần Quang Khải|Nguyễn Đình Chiểu|Mạc Đĩnh Chi|Điện Biên Phủ", "Chợ Đa Kao"},
        {"Nguyễn Cư Trinh", "Nguyễn Trãi|Trần Đình Xu|Nguyễn Cư Trinh|Cống Quỳnh", ""},
        {"Nguyễn Thái Bình", "Nguyễn Thái Bình|Calmette|Ký Con|Phó Đức Chính|Nguyễn Công Trứ", "Chợ Dân Sinh"},
        {"Phạm Ngũ Lão", "Bùi Viện|Đề Thám|Phạm Ngũ Lão|Đỗ Quang Đẩu", "Chợ Thái Bình"},
        {"Tân Định", "Hai Bà Trưng|Trần Quang Khải|Trần Nhật Duật|Đinh Công Tráng|Nguyễn Hữu Cầu", "Chợ Tân Định"},
    };

    private static final String[] KINDERGARTENS = {
        "Trường Mầm non Bến Thành", "Trường Mầm non Tuổi Thơ", "Trường Mầm non Hoa Lư", "Trường Mầm non Tân Định",
    };
    private static final String[] PRIMARY = {
        "Trường Tiểu học Lê Ngọc Hân", "Trường Tiểu học Trần Hưng Đạo", "Trường Tiểu học Nguyễn Bỉnh Khiêm",
        "Trường Tiểu học Kết Đoàn", "Trường Tiểu học Đinh Tiên Hoàng",
    };
    private static final String[] SECONDARY = {
        "Trường THCS Văn Lang", "Trường THCS Minh Đức", "Trường THCS Trần Văn Ơn", "Trường THCS Đức Trí",
        "Trường THCS Võ Trường Toản",
    };

    /** Office, then the theme tags its people work on. */
    private static final String[][] OFFICES = {
        {"Phòng Nội vụ", "van-phong|cai-cach"},
        {"Phòng Tư pháp", "cai-cach|van-phong"},
        {"Phòng Tài chính - Kế hoạch", "tai-chinh"},
        {"Phòng Kinh tế", "kiem-tra-attp|tai-chinh"},
        {"Phòng Quản lý đô thị", "moi-truong|xay-dung"},
        {"Phòng Tài nguyên và Môi trường", "moi-truong"},
        {"Phòng Văn hóa và Thông tin", "van-hoa|doi-ngoai"},
        {"Phòng Giáo dục và Đào tạo", "quan-ly-giao-duc"},
        {"Phòng Lao động - Thương binh và Xã hội", "an-sinh"},
        {"Phòng Y tế", "kiem-tra-attp|y-te-cong-dong"},
    };

    private static final Object[][] MASS = {
        {"Ủy ban Mặt trận Tổ quốc Việt Nam Quận 1", Kind.FRONT},
        {"Hội Liên hiệp Phụ nữ Quận 1", Kind.WOMEN},
        {"Quận Đoàn 1", Kind.YOUTH},
        {"Hội Cựu chiến binh Quận 1", Kind.VETERANS},
        {"Hội Nông dân Quận 1", Kind.FARMERS},
        {"Liên đoàn Lao động Quận 1", Kind.LABOUR},
        {"Hội Chữ thập đỏ Quận 1", Kind.RED_CROSS},
    };

    /** Company, then the theme tags of its people. */
    private static final String[][] COMPANY_TAGS = {
        {"Công ty TNHH MTV Dịch vụ công ích Quận 1", "ve-sinh|cong-nhan"},
        {"Hợp tác xã Vận tải Bến Thành", "cong-nhan|viec-tot"},
        {"Công ty Cổ phần Du lịch Sài Gòn Xanh", "doi-ngoai|cong-nhan"},
    };
    static final String[] COMPANIES = {COMPANY_TAGS[0][0], COMPANY_TAGS[1][0], COMPANY_TAGS[2][0]};

    private DemoCatalog() {
    }

    /** Theme tags of the exemplars a unit of this kind usually proposes. */
    static List<String> tags(Kind k) {
        switch (k) {
            case WARD:
                return List.of("an-ninh", "cai-cach", "an-sinh", "khu-dan-cu", "thong-tin", "tai-chinh", "hoa-giai");
            case QUARTER:
            case GROUP:
                return List.of("khu-dan-cu", "an-ninh", "an-sinh", "moi-truong", "van-hoa", "xay-dung", "hoa-giai");
            case HEALTH:
                return List.of("y-te");
            case KINDERGARTEN:
                return List.of("mam-non");
            case PRIMARY:
            case SECONDARY:
                return List.of("truong-hoc");
            case FRONT:
                return List.of("an-sinh", "khu-dan-cu", "xay-dung");
            case WOMEN:
                return List.of("phu-nu", "an-sinh");
            case YOUTH:
                return List.of("doan", "thong-tin", "moi-truong", "doi-ngoai");
            case VETERANS:
                return List.of("ccb", "an-ninh");
            case FARMERS:
                return List.of("nong-dan", "an-sinh", "moi-truong");
            case LABOUR:
                return List.of("cong-nhan");
            case RED_CROSS:
                return List.of("an-sinh");
            default:
                return List.of(); // an office or a company: its own tags, see OFFICES and COMPANY_TAGS
        }
    }

    /** Writes the clusters and the unit tree; returns the units in the order written. */
    static List<DemoUnit> write(BulkWriter w, Random r, LocalDate today) {
        long wards = w.cluster("Cụm thi đua các phường");
        long schools = w.cluster("Khối trường học");
        long party = w.cluster("Khối cơ quan Đảng, Mặt trận, đoàn thể");
        long offices = w.cluster("Khối phòng, ban chuyên môn");
        long health = w.cluster("Khối y tế");
        long companies = w.cluster("Khối doanh nghiệp");
        List<DemoUnit> out = new ArrayList<>();
        Writer u = new Writer(w, r, today, out);
        for (String[] ward : WARDS) {
            String wn = ward[0];
            DemoUnit p = u.add(null, "Phường " + wn, "Phường", wards, Kind.WARD, wn, true);
            int quarters = 3 + r.nextInt(2);
            int group = 1;
            for (int k = 1; k <= quarters; k++) {
                DemoUnit q = u.add(p.id(), "Khu phố " + k + ", phường " + wn, "Khu phố", wards, Kind.QUARTER, wn, false);
                int groups = 2 + r.nextInt(2);
                for (int g = 0; g < groups; g++, group++) {
                    u.add(q.id(), "Tổ dân phố " + group + ", phường " + wn, "Tổ dân phố", wards, Kind.GROUP, wn, false);
                }
            }
            u.add(p.id(), "Trạm Y tế phường " + wn, "Trạm y tế", health, Kind.HEALTH, wn, true);
        }
        for (String s : KINDERGARTENS) {
            u.add(null, s, "Trường học", schools, Kind.KINDERGARTEN, null, true);
        }
        for (String s : PRIMARY) {
            u.add(null, s, "Trường học", schools, Kind.PRIMARY, null, true);
        }
        for (String s : SECONDARY) {
            u.add(null, s, "Trường học", schools, Kind.SECONDARY, null, true);
        }
        for (String[] o : OFFICES) {
            u.add(null, o[0], "Phòng ban", offices, Kind.OFFICE, null, true).tags().addAll(List.of(o[1].split("\\|")));
        }
        for (Object[] m : MASS) {
            u.add(null, (String) m[0], "Đoàn thể", party, (Kind) m[1], null, true);
        }
        for (String[] c : COMPANY_TAGS) {
            u.add(null, c[0], "Doanh nghiệp", companies, Kind.COMPANY, null, true).tags()
                    .addAll(List.of(c[1].split("\\|")));
        }
        return out;
    }

    /** Names of the ten wards. */
    static String ward(Random r) {
        return WARDS[r.nextInt(WARDS.length)][0];
    }

    /** The ward's market, or null. */
    static String market(String ward) {
        for (String[] w : WARDS) {
            if (w[0].equals(ward)) {
                return w[2].isEmpty() ? null : w[2];
            }
        }
        return null;
    }

    /** A street address in the ward: "Số 45/12 đường Cô Bắc, phường Cô Giang, Quận 1". */
    static String address(Random r, String ward) {
        String[] streets = null;
        for (String[] w : WARDS) {
            if (w[0].equals(ward)) {
                streets = w[1].split("\\|");
            }
        }
        if (streets == null) {
            return address(r, ward(r));
        }
        String number = String.valueOf(1 + r.nextInt(220));
        if (r.nextInt(100) < 55) {
            number += "/" + (1 + r.nextInt(40)); // in an alley (hẻm)
        }
        return "Số " + number + " đường " + streets[r.nextInt(streets.length)] + ", phường " + ward + ", " + DISTRICT;
    }

    /** Writes units one by one, giving each a contact and, for some, the date it joined. */
    private static final class Writer {
        private final BulkWriter w;
        private final Random r;
        private final LocalDate today;
        private final List<DemoUnit> out;

        Writer(BulkWriter w, Random r, LocalDate today, List<DemoUnit> out) {
            this.w = w;
            this.r = r;
            this.today = today;
            this.out = out;
        }

        DemoUnit add(Long parent, String name, String type, long cluster, Kind kind, String ward, boolean office) {
            int born = 1965 + r.nextInt(30);
            String contact = DemoNames.person(r, r.nextBoolean() ? Gender.MALE : Gender.FEMALE, born);
            String phone = office ? DemoNames.landline(r) : DemoNames.mobile(r);
            LocalDate from = null;
            if (r.nextInt(100) < 25) {
                from = LocalDate.of(2021 + r.nextInt(3), 1 + r.nextInt(12), 1);
                from = from.isAfter(today) ? null : from;
            }
            Unit u = w.unit(new Unit(null, parent, name, type, cluster, contact, phone, null, from, true, null));
            DemoUnit d = new DemoUnit(u.id(), name, kind, ward, new ArrayList<>(tags(kind)));
            out.add(d);
            return d;
        }
    }
}
