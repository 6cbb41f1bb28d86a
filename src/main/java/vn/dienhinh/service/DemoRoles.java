package vn.dienhinh.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.dienhinh.service.DemoCatalog.Kind;

/**
 * Who the demo exemplars are, by the kind of unit that proposes them: the positions of individuals
 * (with how likely a woman holds it and the birth years that fit) and the collectives a unit has.
 *
 * <p>Templates: {unit} the unit's name, {W} its ward (or any ward for a district unit), {market}
 * the ward's market, {office} the office's name without "Phòng", {company} a company, {k} 1–3.
 */
final class DemoRoles {

    /**
     * A position. {@code intro} completes "Bà Nguyễn Thị Lan (sinh năm 1962) …". Null tags: the unit's.
     * {@code only}: held only in units whose name contains it (null: in any unit of the kind).
     */
    record Role(Kind kind, int weight, String position, int percentFemale, int bornFrom, int bornTo,
                String workplace, String intro, List<String> tags, String only) {
    }

    /** A collective. {@code head} completes "…, do bà Trần Thị Mai …". */
    record Collective(Kind kind, int weight, String name, String subject, String subjectInSentence, String members,
                      int minMembers, int maxMembers, String head, List<String> tags) {
    }

    private static final Object[][] ROLES = {
        {Kind.WARD, 3, "Công chức Văn hóa - Xã hội", 60, 1975, 1995, "Ủy ban nhân dân phường {W}", "là công chức Văn hóa - Xã hội, Ủy ban nhân dân phường {W}", "an-sinh|van-hoa|thong-tin"},
        {Kind.WARD, 2, "Công chức Tư pháp - Hộ tịch", 60, 1978, 1996, "Ủy ban nhân dân phường {W}", "là công chức Tư pháp - Hộ tịch, Ủy ban nhân dân phường {W}", "cai-cach"},
        {Kind.WARD, 1, "Công chức Địa chính - Xây dựng", 30, 1975, 1995, "Ủy ban nhân dân phường {W}", "là công chức Địa chính - Xây dựng, Ủy ban nhân dân phường {W}", "xay-dung|moi-truong"},
        {Kind.WARD, 3, "Cán bộ Công an phường", 15, 1980, 2000, "Công an phường {W}", "là cán bộ Công an phường {W}", "an-ninh"},
        {Kind.WARD, 2, "Chủ tịch Hội Phụ nữ phường", 100, 1968, 1988, "Hội Liên hiệp Phụ nữ phường {W}", "là Chủ tịch Hội Liên hiệp Phụ nữ phường {W}", "phu-nu|an-sinh"},
        {Kind.WARD, 2, "Bí thư Đoàn phường", 50, 1990, 2000, "Đoàn phường {W}", "là Bí thư Đoàn phường {W}", "doan|thong-tin"},
        {Kind.WARD, 2, "Tiểu thương", 70, 1960, 1995, "{market}", "là tiểu thương tại {market}", "tieu-thuong"},
        {Kind.QUARTER, 3, "Trưởng khu phố", 40, 1955, 1975, "{unit}", "là Trưởng {unit}", "khu-dan-cu|an-ninh|xay-dung|hoa-giai"},
        {Kind.QUARTER, 2, "Bí thư Chi bộ khu phố", 40, 1955, 1975, "{unit}", "là Bí thư Chi bộ {unit}", "chi-bo|khu-dan-cu"},
        {Kind.QUARTER, 2, "Trưởng Ban công tác Mặt trận khu phố", 50, 1955, 1975, "{unit}", "là Trưởng Ban công tác Mặt trận {unit}", "an-sinh|khu-dan-cu"},
        {Kind.QUARTER, 2, "Đoàn viên", 50, 1995, 2005, null, "là đoàn viên Chi đoàn {unit}", "doan|doi-ngoai"},
        {Kind.QUARTER, 2, "Tổ viên Tổ bảo vệ an ninh, trật tự", 5, 1965, 1995, "{unit}", "là tổ viên Tổ bảo vệ an ninh, trật tự {unit}", "an-ninh"},
        {Kind.QUARTER, 2, "Cựu chiến binh", 10, 1950, 1962, null, "là cựu chiến binh, sinh hoạt tại Chi hội Cựu chiến binh {unit}", "ccb|an-ninh"},
        {Kind.GROUP, 4, "Tổ trưởng tổ dân phố", 55, 1950, 1975, "{unit}", "là Tổ trưởng {unit}", "khu-dan-cu|an-ninh|an-sinh|moi-truong|hoa-giai"},
        {Kind.GROUP, 2, "Hưu trí", 50, 1950, 1964, null, "là cán bộ hưu trí, cư trú tại {unit}", "khu-dan-cu|van-hoa|an-sinh|thong-tin"},
        {Kind.GROUP, 2, "Tiểu thương", 70, 1960, 1995, null, "là tiểu thương, cư trú tại {unit}", "tieu-thuong|moi-truong"},
        {Kind.GROUP, 2, "Lao động tự do", 40, 1965, 1998, null, "là lao động tự do, cư trú tại {unit}", "viec-tot|khu-dan-cu"},
        {Kind.GROUP, 1, "Tài xế xe công nghệ", 5, 1975, 2000, null, "là tài xế xe công nghệ, cư trú tại {unit}", "viec-tot|doi-ngoai"},
        {Kind.GROUP, 1, "Nội trợ", 100, 1955, 1990, null, "làm nội trợ, cư trú tại {unit}", "phu-nu|an-sinh|moi-truong"},
        {Kind.GROUP, 1, "Đoàn viên", 50, 1995, 2005, null, "là đoàn viên thanh niên, cư trú tại {unit}", "doan"},
        {Kind.HEALTH, 1, "Trạm trưởng", 50, 1968, 1985, "{unit}", "là Trạm trưởng {unit}", null},
        {Kind.HEALTH, 3, "Bác sĩ", 55, 1970, 1995, "{unit}", "là bác sĩ {unit}", null},
        {Kind.HEALTH, 3, "Điều dưỡng", 80, 1975, 2000, "{unit}", "là điều dưỡng {unit}", null},
        {Kind.HEALTH, 2, "Y sĩ", 60, 1970, 1995, "{unit}", "là y sĩ {unit}", null},
        {Kind.HEALTH, 1, "Nữ hộ sinh", 100, 1970, 1995, "{unit}", "là nữ hộ sinh {unit}", null},
        {Kind.KINDERGARTEN, 5, "Giáo viên", 97, 1970, 2001, "{unit}", "là giáo viên {unit}", null},
        {Kind.KINDERGARTEN, 1, "Hiệu trưởng", 95, 1965, 1985, "{unit}", "là Hiệu trưởng {unit}", null},
        {Kind.KINDERGARTEN, 1, "Nhân viên nuôi dưỡng", 90, 1970, 1998, "{unit}", "là nhân viên nuôi dưỡng {unit}", null},
        {Kind.PRIMARY, 5, "Giáo viên", 75, 1970, 2001, "{unit}", "là giáo viên {unit}", null},
        {Kind.PRIMARY, 1, "Hiệu trưởng", 60, 1965, 1985, "{unit}", "là Hiệu trưởng {unit}", "truong-hoc|quan-ly-giao-duc"},
        {Kind.PRIMARY, 1, "Tổng phụ trách Đội", 60, 1990, 2001, "{unit}", "là Tổng phụ trách Đội {unit}", "truong-hoc|doan"},
        {Kind.PRIMARY, 1, "Nhân viên y tế trường học", 85, 1975, 1998, "{unit}", "là nhân viên y tế {unit}", null},
        {Kind.SECONDARY, 2, "Giáo viên Toán", 55, 1970, 2001, "{unit}", "là giáo viên Toán, {unit}", null},
        {Kind.SECONDARY, 2, "Giáo viên Ngữ văn", 80, 1970, 2001, "{unit}", "là giáo viên Ngữ văn, {unit}", null},
        {Kind.SECONDARY, 2, "Giáo viên Tiếng Anh", 75, 1975, 2001, "{unit}", "là giáo viên Tiếng Anh, {unit}", null},
        {Kind.SECONDARY, 1, "Giáo viên Tin học", 40, 1980, 2001, "{unit}", "là giáo viên Tin học, {unit}", null},
        {Kind.SECONDARY, 1, "Hiệu trưởng", 55, 1965, 1985, "{unit}", "là Hiệu trưởng {unit}", "truong-hoc|quan-ly-giao-duc"},
        {Kind.OFFICE, 4, "Chuyên viên", 55, 1978, 1998, "{unit} Quận 1", "là chuyên viên {unit} Quận 1", null},
        {Kind.OFFICE, 1, "Trưởng phòng", 40, 1965, 1980, "{unit} Quận 1", "là Trưởng phòng {office} Quận 1", null},
        {Kind.OFFICE, 1, "Phó Trưởng phòng", 45, 1968, 1985, "{unit} Quận 1", "là Phó Trưởng phòng {office} Quận 1", null},
        {Kind.FRONT, 1, "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận", 50, 1965, 1980, "{unit}", "là Phó Chủ tịch {unit}", null},
        {Kind.FRONT, 3, "Trưởng Ban công tác Mặt trận khu phố", 50, 1955, 1975, null, "là Trưởng Ban công tác Mặt trận Khu phố {k}, phường {W}", null},
        {Kind.FRONT, 1, "Cán bộ chuyên trách", 50, 1980, 1998, "{unit}", "là cán bộ chuyên trách {unit}", null},
        {Kind.WOMEN, 3, "Chi hội trưởng Phụ nữ khu phố", 100, 1960, 1985, null, "là Chi hội trưởng Chi hội Phụ nữ Khu phố {k}, phường {W}", null},
        {Kind.WOMEN, 3, "Hội viên phụ nữ", 100, 1960, 2000, null, "là hội viên Hội Liên hiệp Phụ nữ phường {W}", null},
        {Kind.WOMEN, 1, "Cán bộ chuyên trách", 100, 1980, 1998, "{unit}", "là cán bộ chuyên trách {unit}", null},
        {Kind.YOUTH, 3, "Bí thư Chi đoàn khu phố", 50, 1992, 2003, null, "là Bí thư Chi đoàn Khu phố {k}, phường {W}", null},
        {Kind.YOUTH, 4, "Đoàn viên", 50, 1995, 2005, null, "là đoàn viên Đoàn phường {W}", null},
        {Kind.YOUTH, 1, "Cán bộ Quận Đoàn", 50, 1988, 1998, "{unit}", "là cán bộ chuyên trách {unit}", null},
        {Kind.VETERANS, 4, "Cựu chiến binh", 8, 1950, 1962, null, "là cựu chiến binh, hội viên Hội Cựu chiến binh phường {W}", null},
        {Kind.VETERANS, 1, "Chủ tịch Hội Cựu chiến binh phường", 5, 1950, 1965, "Hội Cựu chiến binh phường {W}", "là Chủ tịch Hội Cựu chiến binh phường {W}", null},
        {Kind.FARMERS, 4, "Nông dân", 45, 1955, 1990, null, "là hội viên Hội Nông dân, cư trú tại phường {W}", null},
        {Kind.LABOUR, 4, "Công nhân", 45, 1975, 2003, "{company}", "là công nhân {company}", null},
        {Kind.LABOUR, 1, "Chủ tịch Công đoàn cơ sở", 40, 1970, 1988, "{company}", "là Chủ tịch Công đoàn cơ sở {company}", null},
        {Kind.RED_CROSS, 4, "Tình nguyện viên Chữ thập đỏ", 60, 1970, 2005, null, "là tình nguyện viên Hội Chữ thập đỏ phường {W}", null},
        {Kind.COMPANY, 4, "Công nhân vệ sinh môi trường", 45, 1970, 2003, "{unit}", "là công nhân vệ sinh môi trường, {unit}", null, "công ích"},
        {Kind.COMPANY, 4, "Tài xế", 5, 1970, 2000, "{unit}", "là tài xế {unit}", null, "Vận tải"},
        {Kind.COMPANY, 4, "Hướng dẫn viên du lịch", 55, 1985, 2003, "{unit}", "là hướng dẫn viên du lịch, {unit}", null, "Du lịch"},
        {Kind.COMPANY, 1, "Kỹ sư", 30, 1980, 1998, "{unit}", "là kỹ sư {unit}", null},
        {Kind.COMPANY, 1, "Nhân viên", 60, 1985, 2003, "{unit}", "là nhân viên {unit}", null},
    };

    private static final Object[][] COLLECTIVES = {
        {Kind.WARD, 3, "Công an phường {W}", "Công an phường", "Công an phường", "cán bộ, chiến sĩ", 20, 40, "làm Trưởng Công an phường", "an-ninh"},
        {Kind.WARD, 2, "Bộ phận Tiếp nhận và trả kết quả phường {W}", "Bộ phận", "bộ phận", "công chức", 4, 9, "phụ trách", "cai-cach|thong-tin"},
        {Kind.WARD, 2, "Đoàn phường {W}", "Đoàn phường", "Đoàn phường", "đoàn viên", 60, 220, "làm Bí thư", "doan"},
        {Kind.WARD, 2, "Hội Liên hiệp Phụ nữ phường {W}", "Hội Phụ nữ phường", "Hội Phụ nữ phường", "hội viên", 300, 900, "làm Chủ tịch Hội", "phu-nu|an-sinh"},
        {Kind.WARD, 1, "Ban Chỉ huy Quân sự phường {W}", "Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự phường", "cán bộ, chiến sĩ", 5, 12, "làm Chỉ huy trưởng", "an-ninh"},
        {Kind.WARD, 1, "Đội Thanh niên tình nguyện phường {W}", "Đội", "đội", "đội viên", 15, 45, "làm Đội trưởng", "doan|moi-truong"},
        {Kind.QUARTER, 4, "{unit}", "Khu phố", "khu phố", "hộ dân", 250, 900, "làm Trưởng khu phố", "khu-dan-cu|an-ninh|an-sinh|moi-truong|xay-dung|thong-tin|hoa-giai|chi-bo"},
        {Kind.QUARTER, 2, "Chi đoàn {unit}", "Chi đoàn", "chi đoàn", "đoàn viên", 12, 40, "làm Bí thư Chi đoàn", "doan|doi-ngoai"},
        {Kind.QUARTER, 2, "Chi hội Phụ nữ {unit}", "Chi hội", "chi hội", "hội viên", 30, 120, "làm Chi hội trưởng", "phu-nu|an-sinh"},
        {Kind.QUARTER, 1, "Chi hội Cựu chiến binh {unit}", "Chi hội", "chi hội", "hội viên", 15, 50, "làm Chi hội trưởng", "ccb"},
        {Kind.QUARTER, 1, "Ban công tác Mặt trận {unit}", "Ban công tác Mặt trận", "ban công tác Mặt trận", "thành viên", 7, 15, "làm Trưởng ban", "an-sinh|khu-dan-cu"},
        {Kind.QUARTER, 1, "Tổ bảo vệ an ninh, trật tự {unit}", "Tổ", "tổ", "tổ viên", 3, 6, "làm Tổ trưởng", "an-ninh"},
        {Kind.GROUP, 1, "{unit}", "Tổ dân phố", "tổ dân phố", "hộ dân", 40, 150, "làm Tổ trưởng", "khu-dan-cu|an-ninh|an-sinh|moi-truong|hoa-giai"},
        {Kind.HEALTH, 1, "{unit}", "Trạm Y tế", "Trạm Y tế", "cán bộ, nhân viên", 6, 12, "làm Trạm trưởng", "y-te"},
        {Kind.KINDERGARTEN, 2, "{unit}", "Nhà trường", "nhà trường", "cán bộ, giáo viên, nhân viên", 35, 80, "làm Hiệu trưởng", "mam-non"},
        {Kind.KINDERGARTEN, 1, "Tổ chuyên môn Khối Lá, {unit}", "Tổ chuyên môn", "tổ chuyên môn", "giáo viên", 6, 12, "làm Tổ trưởng", "mam-non"},
        {Kind.PRIMARY, 2, "{unit}", "Nhà trường", "nhà trường", "cán bộ, giáo viên, nhân viên", 45, 110, "làm Hiệu trưởng", "truong-hoc"},
        {Kind.PRIMARY, 1, "Tổ chuyên môn Khối {k}, {unit}", "Tổ chuyên môn", "tổ chuyên môn", "giáo viên", 6, 12, "làm Tổ trưởng", "truong-hoc"},
        {Kind.SECONDARY, 2, "{unit}", "Nhà trường", "nhà trường", "cán bộ, giáo viên, nhân viên", 50, 110, "làm Hiệu trưởng", "truong-hoc"},
        {Kind.SECONDARY, 1, "Tổ Toán - Tin học, {unit}", "Tổ chuyên môn", "tổ chuyên môn", "giáo viên", 8, 15, "làm Tổ trưởng", "truong-hoc"},
        {Kind.SECONDARY, 1, "Tổ Ngữ văn, {unit}", "Tổ chuyên môn", "tổ chuyên môn", "giáo viên", 6, 12, "làm Tổ trưởng", "truong-hoc"},
        {Kind.OFFICE, 1, "{unit} Quận 1", "Phòng", "phòng", "cán bộ, công chức", 6, 20, "làm Trưởng phòng", null},
        {Kind.FRONT, 1, "Ban công tác Mặt trận Khu phố {k}, phường {W}", "Ban công tác Mặt trận", "ban công tác Mặt trận", "thành viên", 7, 15, "làm Trưởng ban", null},
        {Kind.WOMEN, 1, "Chi hội Phụ nữ Khu phố {k}, phường {W}", "Chi hội", "chi hội", "hội viên", 30, 120, "làm Chi hội trưởng", null},
        {Kind.YOUTH, 2, "Chi đoàn Khu phố {k}, phường {W}", "Chi đoàn", "chi đoàn", "đoàn viên", 12, 40, "làm Bí thư Chi đoàn", null},
        {Kind.YOUTH, 1, "Đội Thanh niên tình nguyện hỗ trợ du khách Quận 1", "Đội", "đội", "đội viên", 20, 60, "làm Đội trưởng", "doi-ngoai|doan"},
        {Kind.VETERANS, 1, "Hội Cựu chiến binh phường {W}", "Hội Cựu chiến binh phường", "Hội Cựu chiến binh phường", "hội viên", 40, 150, "làm Chủ tịch Hội", null},
        {Kind.FARMERS, 1, "Chi hội Nông dân phường {W}", "Chi hội", "chi hội", "hội viên", 15, 60, "làm Chi hội trưởng", "an-sinh|moi-truong"},
        {Kind.LABOUR, 1, "Công đoàn cơ sở {company}", "Công đoàn", "công đoàn", "đoàn viên công đoàn", 30, 300, "làm Chủ tịch Công đoàn", null},
        {Kind.RED_CROSS, 1, "Hội Chữ thập đỏ phường {W}", "Hội Chữ thập đỏ phường", "Hội Chữ thập đỏ phường", "hội viên", 50, 200, "làm Chủ tịch Hội", null},
        {Kind.COMPANY, 2, "{unit}", "Đơn vị", "đơn vị", "cán bộ, công nhân viên", 50, 400, "làm Giám đốc", null},
    };

    static final List<Role> ALL_ROLES = roles();
    static final List<Collective> ALL_COLLECTIVES = collectives();

    private DemoRoles() {
    }

    /** A position for someone proposed by this unit, by weight. */
    static Role role(Random r, Kind kind, String unitName) {
        return pick(r, ALL_ROLES.stream().filter(x -> x.kind() == kind
                && (x.only() == null || unitName.contains(x.only()))).toList(), Role::weight);
    }

    /** A collective of a unit of this kind, by weight. */
    static Collective collective(Random r, Kind kind) {
        return pick(r, ALL_COLLECTIVES.stream().filter(x -> x.kind() == kind).toList(), Collective::weight);
    }

    private static <T> T pick(Random r, List<T> list, java.util.function.ToIntFunction<T> weight) {
        int total = list.stream().mapToInt(weight).sum();
        int n = r.nextInt(total);
        for (T t : list) {
            n -= weight.applyAsInt(t);
            if (n < 0) {
                return t;
            }
        }
        return list.get(list.size() - 1);
    }

    private static List<Role> roles() {
        List<Role> out = new ArrayList<>();
        for (Object[] o : ROLES) {
            out.add(new Role((Kind) o[0], (Integer) o[1], (String) o[2], (Integer) o[3], (Integer) o[4],
                    (Integer) o[5], (String) o[6], (String) o[7], tags(o[8]), o.length > 9 ? (String) o[9] : null));
        }
        return List.copyOf(out);
    }

    private static List<Collective> collectives() {
        List<Collective> out = new ArrayList<>();
        for (Object[] o : COLLECTIVES) {
            out.add(new Collective((Kind) o[0], (Integer) o[1], (String) o[2], (String) o[3], (String) o[4],
                    (String) o[5], (Integer) o[6], (Integer) o[7], (String) o[8], tags(o[9])));
        }
        return List.copyOf(out);
    }

    private static List<String> tags(Object o) {
        return o == null ? null : List.of(((String) o).split("\\|"));
    }
}
