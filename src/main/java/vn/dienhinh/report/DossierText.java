package vn.dienhinh.report;

import java.util.List;

/**
 * What a nomination dossier says, ready to lay out: the tờ trình's subject and addressee, who is
 * proposed counted by kind ("2 cá nhân và 1 tập thể"), the nominees' extract lines, and one achievement
 * report per nominee.
 */
public record DossierText(String subject, String authority, String unitName, String formAndLevel, List<String> bases,
                          String whom, List<NomineeLine> nominees, List<AchievementReport> reports, List<String> recipients) {

    /** A line of the bản trích ngang: STT comes from the order. */
    public record NomineeLine(String name, String birthYear, String positionAndUnit, String summary, String form) {
    }

    /** A prior commendation: year, form, decision (number and date), issuing body. */
    public record Prior(String year, String form, String decision, String issuer) {
    }

    /**
     * One báo cáo thành tích: {@code collective} picks "đặc điểm của tập thể" over "sơ lược lý lịch";
     * {@code background} are label/value pairs; {@code achievements} the account; {@code deeds} the
     * deeds proposed as grounds; {@code priors} the titles and commendations already received.
     */
    public record AchievementReport(String name, boolean collective, List<String[]> background, String achievements,
                                    List<String> deeds, List<Prior> priors, String fileStem) {
    }
}
