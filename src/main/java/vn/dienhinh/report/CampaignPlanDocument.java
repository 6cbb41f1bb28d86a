package vn.dienhinh.report;

import java.nio.file.Path;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;

/**
 * The campaign plan (KẾ HOẠCH) in the structure of the seed plans: căn cứ; the opening sentence;
 * I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG; III. TIÊU CHÍ LỰA CHỌN; IV. LỘ TRÌNH, CHỈ TIÊU; V. TỔ CHỨC THỰC HIỆN;
 * the closing sentence; Nơi nhận and the signature. Sections left empty are left out and the rest
 * renumbered.
 */
public final class CampaignPlanDocument {

    private final OfficeProfile profile;

    public CampaignPlanDocument(OfficeProfile profile) {
        this.profile = profile;
    }

    public void write(PlanText t, DocumentMeta meta, Path target) {
        try (OfficialDocument d = new OfficialDocument(profile)) {
            d.header(DocumentKind.PLAN, meta).title(DocumentKind.PLAN, t.subject());
            if (!t.bases().isEmpty()) {
                d.bases(t.bases());
            }
            if (!t.intro().isEmpty()) {
                d.paragraph(t.intro());
            }
            pair(d, "doc.plan.aims", "doc.plan.purposes", t.purposes(), "doc.plan.requirements", t.requirements());
            if (!t.content().isEmpty()) {
                d.section(Messages.get("doc.plan.content")).prose(t.content());
            }
            criteria(d, t);
            if (!t.phases().isEmpty()) {
                d.section(Messages.get("doc.plan.phases")).prose(t.phases());
            }
            if (!t.organisation().isEmpty()) {
                d.section(Messages.get("doc.plan.organisation")).prose(t.organisation());
            }
            if (!t.closing().isEmpty()) {
                d.closing(t.closing());
            }
            d.signature(t.recipients().isEmpty() ? profile.defaultRecipients() : t.recipients()).save(target);
        }
    }

    /** III. TIÊU CHÍ LỰA CHỌN: one numbered part for each kind of exemplar the plan has criteria for. */
    private static void criteria(OfficialDocument d, PlanText t) {
        String[][] parts = {{"doc.plan.collective", t.criteriaCollective()}, {"doc.plan.individual", t.criteriaIndividual()},
            {"doc.plan.household", t.criteriaHousehold()}};
        boolean any = false;
        for (String[] p : parts) {
            if (p[1].isEmpty()) {
                continue;
            }
            if (!any) {
                d.section(Messages.get("doc.plan.criteria"));
                any = true;
            }
            d.subsection(Messages.get(p[0])).prose(p[1]);
        }
    }

    /**
     * A section of two parts ("1. Mục đích", "2. Yêu cầu"); with one part only its text goes straight under
     * the section.
     */
    private static void pair(OfficialDocument d, String section, String firstTitle, String first, String secondTitle,
                             String second) {
        if (first.isEmpty() && second.isEmpty()) {
            return;
        }
        d.section(Messages.get(section));
        if (first.isEmpty() || second.isEmpty()) {
            d.prose(first.isEmpty() ? second : first);
            return;
        }
        d.subsection(Messages.get(firstTitle)).prose(first);
        d.subsection(Messages.get(secondTitle)).prose(second);
    }
}
