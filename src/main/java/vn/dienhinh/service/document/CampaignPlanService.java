package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Phase;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.report.AgencyName;
import vn.dienhinh.report.CampaignPlanDocument;
import vn.dienhinh.report.Counts;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.PlanText;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;
import vn.dienhinh.util.UserException;

/**
 * The campaign plan (kế hoạch): a draft of its words pre-filled from the campaign (what it records, the
 * usual wording where it records nothing), which the officer edits, then the .docx.
 */
public final class CampaignPlanService {

    private final CampaignService campaigns;
    private final OfficeProfileService profiles;
    private final Clock clock;

    public CampaignPlanService(CampaignService campaigns, OfficeProfileService profiles, Clock clock) {
        this.campaigns = campaigns;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The file name the plan of {@code campaign} is offered under. */
    public static String fileName(Campaign c) {
        return Messages.get("doc.file.plan", c.id(), c.yearFrom() == null ? "" : "-" + c.yearFrom());
    }

    /** The plan's words, pre-filled from the campaign. */
    public PlanText draft(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        OfficeProfile profile = profiles.forDocuments();
        String agency = AgencyName.inSentence(profile.agency());
        String name = PlanBasis.phrase(c.name());
        String period = period(c);
        // a name that already says its years ("… năm 2026", "giai đoạn 2024 - 2028") does not say them twice
        boolean said = !period.isEmpty() && bare(name).contains(bare(period));
        String what = (said ? name : name + " " + period).strip();
        List<String> bases = c.legalBases().isEmpty() ? lines(Messages.get("doc.plan.defaultBases")) : c.legalBases();
        return new PlanText(Messages.get("doc.plan.subject", what), bases, Messages.get("doc.plan.intro", agency, what),
                or(c.purposes(), "doc.plan.defaultPurposes"), or(c.requirements(), "doc.plan.defaultRequirements"),
                or(c.content(), "doc.plan.defaultContent"), or(c.criteriaCollective(), "doc.plan.defaultCollective"),
                or(c.criteriaIndividual(), "doc.plan.defaultIndividual"), phases(c),
                or(c.organisation(), "doc.plan.defaultOrganisation"), Messages.get("doc.plan.closing", what, agency),
                profile.defaultRecipients());
    }

    /** The number and date the plan carries: those of the campaign's plan when it has them, else today's date. */
    public DocumentMeta meta(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        Integer number = null;
        if (c.planNumber() != null && c.planNumber().strip().matches("\\d+.*")) {
            String digits = c.planNumber().strip().replaceFirst("^(\\d+).*", "$1");
            number = digits.length() < 7 && Integer.parseInt(digits) > 0 ? Integer.parseInt(digits) : null;
        }
        return new DocumentMeta(number, c.planDate() != null ? c.planDate() : LocalDate.now(clock), false);
    }

    public Path export(PlanText text, DocumentMeta meta, Path target) {
        if (text.subject().isBlank()) {
            throw new UserException("doc.plan.subjectRequired");
        }
        new CampaignPlanDocument(profiles.forDocuments()).write(text, meta, target);
        return target;
    }

    /** Folded, without spaces, every dash a hyphen: "Giai đoạn 2021 – 2025" and "giai doan 2021-2025" compare equal. */
    private static String bare(String s) {
        return VietnameseText.fold(s).replaceAll("\\s+", "").replaceAll("[\u2013\u2014]", "-");
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

    /** One numbered part per phase with its dates, tasks and targets; then the quarterly quota. */
    static String phases(Campaign c) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (Phase p : c.phases()) {
            out.add(Messages.get("doc.plan.phase", ++n, p.name(), VnDates.shortDate(p.start()), VnDates.shortDate(p.end())));
            if (p.tasks() != null) {
                for (String t : p.tasks().split("\\R")) {
                    if (!t.isBlank()) {
                        out.add(t.strip().matches("^[-+–•*].*") ? t.strip() : "- " + t.strip());
                    }
                }
            }
            List<String> targets = new ArrayList<>();
            for (ExemplarKind k : new ExemplarKind[]{ExemplarKind.COLLECTIVE, ExemplarKind.INDIVIDUAL, ExemplarKind.HOUSEHOLD}) {
                if (p.target(k) > 0) {
                    targets.add(Counts.padded(p.target(k)) + " " + Messages.get("campaign.kindLower." + k.name()));
                }
            }
            if (!targets.isEmpty()) {
                out.add(Messages.get("doc.plan.target", String.join(", ", targets)));
            }
        }
        if (c.quotaMode() != QuotaMode.NONE) {
            out.add(Messages.get("doc.plan.quota." + c.quotaMode().name(), Counts.padded(c.quotaPerCell())));
        }
        return String.join("\n", out);
    }

    private static String or(String value, String key) {
        return value == null || value.isBlank() ? Messages.get(key) : value;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
