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
import vn.dienhinh.report.Punctuation;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.model.ScopeEntry;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;
import vn.dienhinh.util.UserException;

/**
 * The campaign plan (kế hoạch): a draft of its words pre-filled from the campaign (what it records, the
 * usual wording where it records nothing), which the officer edits, then the .docx. What the campaign
 * knows goes in as it is: its phases with their dates and targets, the reporting schedule and deadlines
 * they make, the dossier the units send, and by name the units given a quota with their tasks. A
 * campaign whose targets are individuals only (as "Người tốt, việc tốt") has no criteria for collectives;
 * one whose phases target households has theirs (the campaign records none: the usual wording).
 */
public final class CampaignPlanService {

    /** Units named in the heading of their part up to this length; a longer list goes under it. */
    private static final int NAMED_HEADING = 90;

    private final CampaignService campaigns;
    private final OfficeProfileService profiles;
    private final CatalogService catalog;
    private final Clock clock;

    public CampaignPlanService(CampaignService campaigns, OfficeProfileService profiles, CatalogService catalog, Clock clock) {
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The file name the plan of {@code campaign} is offered under. */
    public static String fileName(Campaign c) {
        // the caller adds ".docx": kept short enough for it
        return vn.dienhinh.util.FileNames.of(Messages.get("doc.file.plan", c.id(), c.yearFrom() == null ? "" : "-" + c.yearFrom()),
                "", "KeHoach");
    }

    /** The plan's words, pre-filled from the campaign. */
    public PlanText draft(long campaignId) {
        profiles.checkOfficeWork();
        Campaign c = campaigns.require(campaignId);
        OfficeProfile profile = profiles.forDocuments();
        String agency = AgencyName.inSentence(profile.agency());
        String what = PlanBasis.inFull(c);
        List<String> bases = c.legalBases().isEmpty() ? lines(Messages.get("doc.plan.defaultBases")) : c.legalBases();
        String sendTo = profiles.sendTo();
        boolean individualsOnly = individualsOnly(c);
        String collective = individualsOnly ? "" : or(c.criteriaCollective(), "doc.plan.defaultCollective");
        String individual = or(c.criteriaIndividual(), "doc.plan.defaultIndividual");
        boolean households = c.phases().stream().anyMatch(p -> p.target(ExemplarKind.HOUSEHOLD) > 0);
        String household = households ? Messages.get("doc.plan.defaultHousehold") : "";
        if (individualsOnly) {
            // written as the criteria are: an item when they are items, a sentence when they are prose
            String only = Messages.get("doc.plan.individualsOnly");
            individual += "\n" + (individual.strip().startsWith("-") ? "- " + only : Punctuation.capitalFirst(only));
        }
        String organisation = c.organisation() == null || c.organisation().isBlank()
                ? organisation(c, sendTo, agency) : c.organisation();
        return new PlanText(Messages.get("doc.plan.subject", what), bases, Messages.get("doc.plan.intro", agency, what),
                or(c.purposes(), "doc.plan.defaultPurposes"), or(c.requirements(), "doc.plan.defaultRequirements"),
                or(c.content(), "doc.plan.defaultContent"), collective, individual, household,
                phases(c, sendTo, individualsOnly),
                organisation, Messages.get("doc.plan.closing", what, agency), profile.defaultRecipients());
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
        profiles.checkOfficeWork();
        if (text.subject().isBlank()) {
            throw new UserException("doc.plan.subjectRequired");
        }
        new CampaignPlanDocument(profiles.forDocuments()).write(text, meta, target);
        return target;
    }

    /** "năm 2026", "giai đoạn 2021 - 2025", or nothing. */
    static String period(Campaign c) {
        return PlanBasis.period(c);
    }

    /**
     * True when the campaign records no criteria for collectives and its phases set targets for
     * individuals only: the title it leads to is given to individuals alone.
     */
    static boolean individualsOnly(Campaign c) {
        if (c.criteriaCollective() != null && !c.criteriaCollective().isBlank()) {
            return false;
        }
        boolean individuals = c.phases().stream().anyMatch(p -> p.target(ExemplarKind.INDIVIDUAL) > 0);
        boolean others = c.phases().stream().anyMatch(p -> p.target(ExemplarKind.COLLECTIVE) > 0
                || p.target(ExemplarKind.HOUSEHOLD) > 0);
        return individuals && !others;
    }

    /**
     * "Tổ chức thực hiện" from what the campaign knows: the advisory body and its tasks, then the units
     * given a quota, by name, with theirs (the quarterly introductions, the reports by their deadlines),
     * then every other unit of the office.
     */
    private String organisation(Campaign c, String sendTo, String agency) {
        List<String> out = new ArrayList<>();
        boolean standing = VietnameseText.fold(sendTo).equals(VietnameseText.fold(Messages.get("reminder.sendToDefault")));
        out.add(standing ? "1. " + Punctuation.capitalFirst(sendTo) : Messages.get("doc.plan.org.advisory", sendTo));
        out.add(Messages.get("doc.plan.org.advisoryTasks"));
        List<String> named = quotaUnits(c);
        String quota = c.quotaMode() == QuotaMode.NONE ? null
                : Messages.get("doc.plan.org.quota", Messages.get("doc.rule." + c.quotaMode().name(),
                Counts.padded(c.quotaPerCell())), sendTo);
        if (!named.isEmpty()) {
            String names = String.join(", ", named);
            if (names.length() <= NAMED_HEADING) {
                out.add("2. " + names);
            } else {
                out.add(Messages.get("doc.plan.org.quotaUnits"));
                out.add(Messages.get("doc.plan.org.namely", names));
            }
            out.add(Messages.get("doc.plan.org.unitTasks"));
            if (quota != null) {
                out.add(quota);
            }
            out.add(Messages.get("doc.plan.org.reports", sendTo));
            out.add(Messages.get("doc.plan.org.others", agency));
            out.add(Messages.get("doc.plan.org.othersTasks"));
        } else {
            out.add(Messages.get("doc.plan.org.all", agency));
            out.add(Messages.get("doc.plan.org.unitTasks"));
            if (quota != null) {
                out.add(quota);
            }
            out.add(Messages.get("doc.plan.org.reports", sendTo));
        }
        return String.join("\n", out);
    }

    /** The names of the units given the quarterly quota, in natural order. */
    private List<String> quotaUnits(Campaign c) {
        if (c.quotaMode() == QuotaMode.NONE || c.units().isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (Unit u : catalog.units()) {
            names.put(u.id(), u.name());
        }
        return c.units().stream().map(ScopeEntry::id).map(names::get).filter(java.util.Objects::nonNull).distinct()
                .sorted(VietnameseText.NATURAL).toList();
    }

    /** The phases, then the reporting schedule they make and the dossier the units send. */
    static String phases(Campaign c, String sendTo, boolean individualsOnly) {
        List<String> out = new ArrayList<>(List.of(phases(c, sendTo).split("\n")));
        out.removeIf(String::isBlank);
        int n = c.phases().size();
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < c.phases().size(); i++) {
            Phase p = c.phases().get(i);
            boolean last = i == c.phases().size() - 1;
            reports.add(Messages.get(last ? "doc.plan.report.final" : "doc.plan.report.phase", p.name(), sendTo,
                    VnDates.shortDate(p.end())));
        }
        if (c.phases().isEmpty() && c.yearTo() != null) {
            // no phases: a yearly report over a period of years, and the tổng kết at its end
            int from = c.yearFrom() == null ? c.yearTo() : c.yearFrom();
            if (from < c.yearTo()) {
                reports.add(Messages.get("doc.plan.report.yearly", sendTo));
            }
            reports.add(Messages.get("doc.plan.report.final", period(c), sendTo,
                    VnDates.shortDate(LocalDate.of(c.yearTo(), 12, 31))));
        }
        if (c.quotaMode() == QuotaMode.NONE) {
            reports.add(0, Messages.get("doc.plan.report.quarterly", sendTo));
        }
        if (!reports.isEmpty()) {
            out.add(Messages.get("doc.plan.numbered", ++n, Messages.get("doc.plan.reporting")));
            out.addAll(reports);
        }
        out.add(Messages.get("doc.plan.numbered", ++n, Messages.get("doc.plan.dossier")));
        out.add(Messages.get("doc.plan.dossier.submission"));
        out.add(Messages.get(individualsOnly ? "doc.plan.dossier.extractIndividuals" : "doc.plan.dossier.extract"));
        if (!individualsOnly) {
            // an individual's deed is told in the trích ngang; a báo cáo thành tích is asked of collectives and of
            // individuals proposed for the higher forms
            out.add(Messages.get("doc.plan.dossier.report"));
        }
        out.add(Messages.get(individualsOnly ? "doc.plan.dossier.residenceOnly" : "doc.plan.dossier.residence"));
        out.add(Messages.get("doc.plan.dossier.when", sendTo));
        return String.join("\n", out);
    }

    /** One numbered part per phase with its dates, tasks and targets; then the quarterly quota, sent to {@code sendTo}. */
    private static String phases(Campaign c, String sendTo) {
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
            out.add(Messages.get("doc.plan.quota." + c.quotaMode().name(), Counts.padded(c.quotaPerCell()), sendTo));
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
