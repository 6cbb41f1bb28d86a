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
            pair(d, "doc.plan.aims", "doc.plan.purposes", t.purposes(), "doc.plan.requirements", t.requirements(),
                    false);
            if (!t.content().isEmpty()) {
                d.section(Messages.get("doc.plan.content")).prose(t.content());
            }
            pair(d, "doc.plan.criteria", "doc.plan.collective", t.criteriaCollective(), "doc.plan.individual",
                    t.criteriaIndividual(), true);
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

    /**
     * A section of two parts ("1. Mục đích", "2. Yêu cầu"); with one part only its text goes straight under
     * the section, unless {@code titled} (criteria must say whom they are for).
     */
    private static void pair(OfficialDocument d, String section, String firstTitle, String first, String secondTitle,
                             String second, boolean titled) {
        if (first.isEmpty() && second.isEmpty()) {
            return;
        }
        d.section(Messages.get(section));
        if (!titled && (first.isEmpty() || second.isEmpty())) {
            d.prose(first.isEmpty() ? second : first);
            return;
        }
        if (!first.isEmpty()) {
            d.subsection(Messages.get(firstTitle)).prose(first);
        }
        if (!second.isEmpty()) {
            d.subsection(Messages.get(secondTitle)).prose(second);
        }
    }
}
