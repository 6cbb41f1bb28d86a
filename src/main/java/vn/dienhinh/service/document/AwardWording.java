package vn.dienhinh.service.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.util.Messages;

/**
 * How the papers name what is conferred and on whom, the one place for the tờ trình, the biên bản, the decision
 * and the báo cáo thành tích. A form is named with who confers it ("Giấy khen của Chủ tịch Ủy ban nhân dân Quận
 * 1"), never with the catalogue's level ("Giấy khen cấp huyện, quận" is the catalogue's word, not a signer's). A
 * title (danh hiệu) carries its own scope in its name ("Chiến sĩ thi đua cơ sở") and is named alone.
 */
public final class AwardWording {

    /** Collectives first, then individuals, then households: the order officers write and list them in. */
    public static final Comparator<ExemplarKind> KIND_ORDER = Comparator.comparingInt(AwardWording::rank);

    private AwardWording() {
    }

    /**
     * "Giấy khen của Chủ tịch Ủy ban nhân dân Quận 1", "danh hiệu “Lao động tiên tiến”"; a form whose decider
     * is not known yet falls back to the catalogue's level ("Bằng khen cấp tỉnh").
     */
    public static String conferred(AwardForm form, AwardLevel level, String decider) {
        if (form.title()) {
            return Messages.get("dossier.titleNamed", form.name());
        }
        if (decider != null && !decider.isBlank() && !decider.equals(VnDates.BLANK)) {
            return Messages.get("award.conferredBy", form.name(), decider);
        }
        return form.name() + (level == null ? "" : " " + level.name().toLowerCase(Messages.LOCALE));
    }

    /** "02 cá nhân", "01 tập thể và 02 cá nhân", "01 tập thể, 01 cá nhân và 01 hộ gia đình". */
    public static String whom(Map<ExemplarKind, Integer> kinds) {
        List<String> parts = new ArrayList<>();
        kinds.entrySet().stream().sorted(Map.Entry.comparingByKey(KIND_ORDER)).forEach(k -> parts.add(
                vn.dienhinh.report.Counts.padded(k.getValue()) + " " + Messages.get("campaign.kindLower." + k.getKey().name())));
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + Messages.get("dossier.and") + " "
                + parts.get(parts.size() - 1);
    }

    private static int rank(ExemplarKind k) {
        switch (k) {
            case COLLECTIVE:
                return 0;
            case INDIVIDUAL:
                return 1;
            default:
                return 2;
        }
    }
}
