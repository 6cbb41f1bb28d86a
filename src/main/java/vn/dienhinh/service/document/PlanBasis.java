package vn.dienhinh.service.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * The campaign with its years: "phong trào thi đua “Người tốt, việc tốt” năm 2026"; a name that already
     * says them ("… năm 2026", "giai đoạn 2024 - 2028") does not say them twice.
     */
    static String inFull(Campaign c) {
        String name = phrase(c.name());
        String period = period(c);
        boolean said = !period.isEmpty() && bare(name).contains(bare(period));
        return (said ? name : name + " " + period).strip();
    }

    /** "năm 2026", "giai đoạn 2021 - 2025", or nothing. */
    static String period(Campaign c) {
        if (c.yearFrom() == null && c.yearTo() == null) {
            return "";
        }
        if (c.yearFrom() == null || c.yearTo() == null || c.yearFrom().equals(c.yearTo())) {
            return Messages.get("doc.year", c.yearFrom() == null ? c.yearTo() : c.yearFrom());
        }
        return Messages.get("doc.stage", c.yearFrom(), c.yearTo());
    }

    /** Folded, without spaces, every dash a hyphen: "Giai đoạn 2021 – 2025" and "giai doan 2021-2025" compare equal. */
    private static String bare(String s) {
        return VietnameseText.fold(s).replaceAll("\\s+", "").replaceAll("[\u2013\u2014]", "-");
    }

    /**
     * The campaign inside a sentence: a name that already says what it is ("Cuộc vận động …") with its
     * first letter lowered, any other in quotes after "phong trào thi đua". A name that holds its own
     * quotes ("Thi đua “Dân vận khéo”") is not quoted again, and "thi đua" is not said twice. A name that
     * joins the campaign's own words to another movement ("Toàn dân đoàn kết … văn hóa gắn với Cuộc vận động
     * “…”") has its own part quoted and the rest kept as written, as seed 004 writes it.
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
            int link = link(n);
            if (link > 0) {
                return phrase(n.substring(0, link)) + " " + n.substring(link).strip();
            }
            String lowered = n.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + n.substring(1);
            return VietnameseText.fold(n).startsWith(VietnameseText.fold(Messages.get("doc.campaignEmulation")))
                    ? Messages.get("doc.campaignPrefix") + " " + lowered
                    : Messages.get("doc.campaignPrefix") + " " + Messages.get("doc.campaignEmulation") + " " + lowered;
        }
        return Messages.get("doc.campaignQuoted", bare);
    }

    /**
     * Where a joining word ("gắn với") stands before the name's first quote, after some words of its own;
     * -1 when there is none.
     */
    private static int link(String name) {
        int quote = name.replace('"', '“').indexOf('“');
        if (quote < 0) {
            return -1;
        }
        String lead = name.substring(0, quote);
        int at = -1;
        for (String w : Messages.get("doc.campaignLinks").split(",")) {
            Matcher m = Pattern.compile("\\s" + Pattern.quote(w.strip()) + "\\s", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE).matcher(lead);
            if (m.find() && !lead.substring(0, m.start()).isBlank() && (at < 0 || m.start() < at)) {
                at = m.start();
            }
        }
        return at;
    }
}
