package vn.dienhinh.report;

import java.util.List;
import vn.dienhinh.model.OfficeProfile;

/**
 * What a nomination dossier says, ready to lay out: who issues the tờ trình (the proposing unit, or the
 * office when it submits upward) and to whom, its legal bases, who is proposed counted by kind ("2 cá nhân
 * và 1 tập thể"), the nominees' extract lines, one achievement report per nominee, and the settings still
 * missing (their places are left blank for the clerk).
 *
 * @param issuer      the letterhead and signer of the tờ trình and the trích ngang
 * @param addressedTo "Chủ tịch Ủy ban nhân dân Quận 1 (qua Phòng Nội vụ)"
 * @param decider     who decides, without the "qua …": "Chủ tịch Ủy ban nhân dân Quận 1"
 * @param missing     one sentence per setting the papers needed and did not find
 */
public record DossierText(String subject, OfficeProfile issuer, String addressedTo, String decider,
                          String formAndLevel, List<String> bases, String whom, List<NomineeLine> nominees,
                          List<AchievementReport> reports, List<String> recipients, List<String> missing) {

    public DossierText {
        bases = List.copyOf(bases);
        nominees = List.copyOf(nominees);
        reports = List.copyOf(reports);
        recipients = List.copyOf(recipients);
        missing = List.copyOf(missing);
    }

    /** A line of the bản trích ngang: STT comes from the order; {@code deeds} with their dates. */
    public record NomineeLine(String name, String birthYear, String positionAndUnit, String summary, String form,
                              List<String> deeds) {
        public NomineeLine {
            deeds = List.copyOf(deeds);
        }
    }

    /** A prior commendation: year, form, decision (number and date), issuing body. */
    public record Prior(String year, String form, String decision, String issuer) {
    }

    /**
     * One báo cáo thành tích: {@code collective} picks "đặc điểm của tập thể" over "sơ lược lý lịch";
     * {@code background} are label/value pairs (an empty value is a line the clerk fills in);
     * {@code achievements} the account; {@code deeds} the deeds proposed as grounds; {@code priors} the
     * titles and commendations already received; {@code unit} the letterhead of the nominee's own unit and
     * {@code certifier} its head, who certifies the report; {@code reporter} who signs it as its author: the
     * person, or the collective's head (empty when not known: the clerk writes the name).
     */
    public record AchievementReport(String name, boolean collective, List<String[]> background, String achievements,
                                    List<String> deeds, List<Prior> priors, String fileStem, OfficeProfile unit,
                                    String certifier, String reporter) {
    }
}
