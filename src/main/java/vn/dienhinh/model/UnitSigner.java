package vn.dienhinh.model;

/**
 * How a unit signs its own papers (a ward's tờ trình, the certification of a nominee's report): its
 * name on a letterhead, the place before the date, its symbol in numbers, its head.
 *
 * @param formalName the name on the letterhead, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ"
 * @param place      before the date, e.g. "Bến Nghé"
 * @param symbol     in numbers, e.g. "UBND" in "05/TTr-UBND"
 * @param headName   the head's full name
 * @param headTitle  the head's title, e.g. "CHỦ TỊCH", "HIỆU TRƯỞNG"
 * @param onBehalfOf the collective signed for with "TM.", e.g. "ỦY BAN NHÂN DÂN"; empty when none
 */
public record UnitSigner(long unitId, String formalName, String place, String symbol, String headName,
                         String headTitle, String onBehalfOf) {

    public UnitSigner {
        formalName = clean(formalName);
        place = clean(place);
        symbol = clean(symbol);
        headName = clean(headName);
        headTitle = clean(headTitle);
        onBehalfOf = clean(onBehalfOf);
    }

    public static UnitSigner none(long unitId) {
        return new UnitSigner(unitId, "", "", "", "", "", "");
    }

    /** True when the letterhead, the place, the symbol and the head are all known. */
    public boolean complete() {
        return !formalName.isEmpty() && !place.isEmpty() && !symbol.isEmpty() && !headName.isEmpty()
                && !headTitle.isEmpty();
    }

    private static String clean(String s) {
        return s == null ? "" : vn.dienhinh.util.VietnameseText.clean(s);
    }
}
