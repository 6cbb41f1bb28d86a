package vn.dienhinh.model;

/**
 * The share of "đồng ý" votes a nominee needs before the council: {@code numerator/denominator} (70/100, 2/3)
 * of the members present ({@code ofPresent}) or of all the council's members. The share is the office's
 * setting because the texts read did not settle it: the provision of Luật Thi đua, khen thưởng 2022 or of
 * Nghị định 98/2023/NĐ-CP on the council's vote could not be consulted; the earlier decree under the former Law (Nghị
 * định 91/2017/NĐ-CP, Điều 45 khoản 8) asked a secret ballot and at least 90% of all the council's members (absent
 * members by written opinion) for the Chiến sĩ thi đua titles of province level and above; a ministry's rules for
 * its own field (Thông tư 35/2015/TT-BGDĐT) asked 70% of those at the meeting or consulted for the yearly titles
 * and forms. Hence both bases and any share can be set; 70% of all members is the starting value.
 */
public record CouncilThreshold(int numerator, int denominator, boolean ofPresent) {

    public static final CouncilThreshold DEFAULT = new CouncilThreshold(70, 100, false);

    public CouncilThreshold {
        if (numerator < 1 || denominator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("share " + numerator + "/" + denominator);
        }
    }

    /** The members the share is counted on. */
    public int base(int present, int total) {
        return ofPresent ? present : total;
    }

    /** Whether {@code agree} votes reach the share: agree / base ≥ numerator / denominator, in whole numbers. */
    public boolean passes(int agree, int present, int total) {
        int base = base(present, total);
        return base > 0 && (long) agree * denominator >= (long) numerator * base;
    }

    /** The share of agree votes on the base, in per cent (one decimal is enough for the table). */
    public double percent(int agree, int present, int total) {
        int base = base(present, total);
        return base == 0 ? 0 : 100.0 * agree / base;
    }

    /** A percentage when the denominator is 100, else a fraction: "70%", "2/3". */
    public String share() {
        return denominator == 100 ? numerator + "%" : numerator + "/" + denominator;
    }
}
