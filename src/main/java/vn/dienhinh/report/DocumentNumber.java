package vn.dienhinh.report;

import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;

/**
 * The "Số, ký hiệu" line: "Số: 07/BC-UBND", numbers under 10 zero-padded; and how an appendix cites the
 * document by that number.
 */
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

    /**
     * How an appendix cites the document it is attached to: "(Kèm theo Báo cáo số 07/BC-UBND ngày 05/12/2026
     * của Ủy ban nhân dân Quận 1)", the number and the day left blank as the document leaves them, the agency's
     * name held on one line.
     */
    static String attachedTo(DocumentKind kind, DocumentMeta meta, OfficeProfile profile) {
        String number = format(meta.number(), kind.abbreviation(), profile.symbol())
                .replaceFirst("^[^:]*:\\s*", "");
        String date = meta.dayLeftOpen() ? VnDates.BLANK + "/" + String.format("%02d/%d", meta.date().getMonthValue(),
                meta.date().getYear()) : VnDates.shortDate(meta.date());
        String agency = AgencyName.inSentence(profile.agency());
        return Messages.get(agency.isBlank() ? "report.attachedNoAgency" : "report.attachedTo",
                Punctuation.capitalFirst(kind.title().toLowerCase(Messages.LOCALE)), number, date,
                Punctuation.unbroken(agency));
    }
}
