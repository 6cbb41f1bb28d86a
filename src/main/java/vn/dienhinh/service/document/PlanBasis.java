package vn.dienhinh.service.document;

import java.util.Arrays;
import java.util.Locale;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/** How documents name a campaign and the plan that launched it. */
final class PlanBasis {

    private PlanBasis() {
    }

    /** "Thực hiện Kế hoạch số 124/KH-UBND ngày 21 tháng 4 năm 2023 của UBND Quận 1 về phong trào thi đua “…”". */
    static String of(Campaign c) {
        String date = c.planDate() == null ? "" : " " + VnDates.longDate(c.planDate());
        String body = c.issuingBody() == null ? "" : Messages.get("doc.basis.of", c.issuingBody());
        return Messages.get("doc.basis.plan", c.planNumber(), date, body, phrase(c.name()));
    }

    /**
     * The campaign inside a sentence: a name that already says what it is ("Cuộc vận động …") with its
     * first letter lowered, any other in quotes after "phong trào thi đua". A name that holds its own
     * quotes ("Thi đua “Dân vận khéo”") is not quoted again, and "thi đua" is not said twice.
     */
    static String phrase(String name) {
        String n = VietnameseText.clean(name);
        String folded = VietnameseText.fold(n);
        boolean says = Arrays.stream(Messages.get("doc.campaignWords").split(","))
                .anyMatch(w -> folded.startsWith(VietnameseText.fold(w.strip())));
        if (says) {
            return n.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + n.substring(1);
        }
        String bare = n.replaceAll("^[“\"]([^“”\"]*)[”\"]$", "$1");
        if (bare.matches(".*[“”\"].*")) {
            String lowered = n.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + n.substring(1);
            return VietnameseText.fold(n).startsWith(VietnameseText.fold(Messages.get("doc.campaignEmulation")))
                    ? Messages.get("doc.campaignPrefix") + " " + lowered
                    : Messages.get("doc.campaignPrefix") + " " + Messages.get("doc.campaignEmulation") + " " + lowered;
        }
        return Messages.get("doc.campaignQuoted", bare);
    }
}
