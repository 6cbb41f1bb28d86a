package vn.dienhinh.model;

/**
 * Where the office stands: to whom its units submit, and to whom it submits itself.
 *
 * @param decider         who decides at the office's level, e.g. "Chủ tịch Ủy ban nhân dân Quận 1"
 * @param advisoryBody    the body that advises on it, e.g. "Phòng Nội vụ" ("qua Phòng Nội vụ")
 * @param superiorDecider who decides at the level above, e.g. "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"
 * @param superiorVia     through whom, e.g. "Ban Thi đua - Khen thưởng Thành phố"
 */
public record OfficeHierarchy(String decider, String advisoryBody, String superiorDecider, String superiorVia) {

    public static final OfficeHierarchy NONE = new OfficeHierarchy("", "", "", "");

    public OfficeHierarchy {
        decider = clean(decider);
        advisoryBody = clean(advisoryBody);
        superiorDecider = clean(superiorDecider);
        superiorVia = clean(superiorVia);
    }

    /** The district example of the seed documents. */
    public static OfficeHierarchy example() {
        return new OfficeHierarchy("Chủ tịch Ủy ban nhân dân Quận 1", "Phòng Nội vụ",
                "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh", "Ban Thi đua - Khen thưởng Thành phố");
    }

    private static String clean(String s) {
        return s == null ? "" : vn.dienhinh.util.VietnameseText.clean(s);
    }
}
