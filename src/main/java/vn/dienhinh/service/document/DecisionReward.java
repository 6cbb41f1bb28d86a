package vn.dienhinh.service.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.RewardRate;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The reward money of a decision: the amount per kind of nominee on its list and its Điều 2. An amount given
 * is paid to each; else the form's coefficients times the base salary, rounded up to ten thousand đồng, for
 * the kinds on the list; with neither, Điều 2 says the money follows the rules in force, as decisions write it
 * when the amount is left to the finance office: a Giấy khen or Bằng khen carries money, and a decision silent
 * on it would have to be corrected before signing (the product has no default rate for them: the article of
 * the decree that sets it could not be consulted, see {@code reward_rate}).
 *
 * @param amounts  each kind's amount as printed ("2.340.000"), for the list's column
 * @param article2 the decision's Điều 2
 */
record DecisionReward(Map<ExemplarKind, String> amounts, String article2) {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    static DecisionReward of(Long amount, RewardRate rate, long base, List<Exemplar> listed) {
        Map<ExemplarKind, String> amounts = new EnumMap<>(ExemplarKind.class);
        String article2;
        if (amount != null) {
            if (amount < 0) {
                throw new UserException("council.badAmount", amount);
            }
            String a = money(BigDecimal.valueOf(amount));
            for (ExemplarKind k : ExemplarKind.values()) {
                amounts.put(k, a);
            }
            article2 = Messages.get("decision.article2Amount", a);
        } else if (rate != null && base > 0) {
            List<String> parts = new ArrayList<>();
            // only the kinds on the list: a sentence on collectives when none is commended would be noise
            if (listed.stream().anyMatch(e -> e.kind() == ExemplarKind.INDIVIDUAL)) {
                add(parts, amounts, ExemplarKind.INDIVIDUAL, rate.individual(), base, rate.basis());
            }
            if (listed.stream().anyMatch(e -> e.kind() == ExemplarKind.COLLECTIVE)) {
                add(parts, amounts, ExemplarKind.COLLECTIVE, rate.collective(), base, rate.basis());
            }
            article2 = parts.isEmpty() ? Messages.get("decision.article2Rules")
                    : String.join(" ", parts) + " " + Messages.get("decision.fund");
        } else {
            article2 = Messages.get("decision.article2Rules");
        }
        return new DecisionReward(amounts, article2);
    }

    private static void add(List<String> parts, Map<ExemplarKind, String> amounts, ExemplarKind kind, Double coefficient,
                            long base, String basis) {
        if (coefficient == null) {
            return;
        }
        BigDecimal raw = BigDecimal.valueOf(coefficient).multiply(BigDecimal.valueOf(base));
        BigDecimal rounded = raw.divide(TEN_THOUSAND, 0, RoundingMode.CEILING).multiply(TEN_THOUSAND);
        String a = money(rounded);
        amounts.put(kind, a);
        parts.add(Messages.get("decision.article2Money", Messages.get("campaign.kindLower." + kind.name()),
                coefficient(coefficient), a, basis));
    }

    /** "1,0", "0,3", "1,5". */
    private static String coefficient(double c) {
        return new DecimalFormat("0.0##", DecimalFormatSymbols.getInstance(Messages.LOCALE)).format(c);
    }

    /** "2.340.000". */
    static String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Messages.LOCALE));
        return f.format(amount);
    }
}
