package vn.dienhinh.report;

import vn.dienhinh.util.Messages;

/** The "Số, ký hiệu" line: "Số: 07/BC-UBND", numbers under 10 zero-padded. */
public final class DocumentNumber {

    private DocumentNumber() {
    }

    /**
     * "Số: 07/BC-UBND" for 7, "BC", "UBND"; a null number leaves room to write it in by hand
     * ("Số:      /BC-UBND"), as drafts are numbered by the clerk when signed.
     */
    public static String format(Integer number, String kindAbbreviation, String agencySymbol) {
        return Messages.get("report.number", number == null ? VnDates.BLANK : pad(number),
                symbol(kindAbbreviation, agencySymbol));
    }

    /** "07" for 7, "124" for 124. */
    public static String pad(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("document number must be positive: " + number);
        }
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    /** "BC-UBND"; just "BC" when the agency has no symbol. */
    public static String symbol(String kindAbbreviation, String agencySymbol) {
        String kind = kindAbbreviation == null ? "" : kindAbbreviation.strip();
        String agency = agencySymbol == null ? "" : agencySymbol.strip();
        if (kind.isEmpty() || agency.isEmpty()) {
            return kind + agency;
        }
        return kind + "-" + agency;
    }
}
