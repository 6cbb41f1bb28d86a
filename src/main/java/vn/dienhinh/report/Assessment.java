package vn.dienhinh.report;

import vn.dienhinh.util.Messages;

/** The "ĐÁNH GIÁ CHUNG" section of a report: 1. Ưu điểm, 2. Hạn chế, 3. Nguyên nhân; blank parts left out. */
final class Assessment {

    private Assessment() {
    }

    static void write(OfficialDocument d, ReportSections s) {
        if (!s.hasAssessment()) {
            return;
        }
        d.section(Messages.get("doc.assessment"));
        part(d, "doc.assessment.strengths", s.strengths());
        part(d, "doc.assessment.limits", s.limits());
        part(d, "doc.assessment.causes", s.causes());
    }

    private static void part(OfficialDocument d, String key, String text) {
        if (!text.isBlank()) {
            d.subsection(Messages.get(key));
            d.prose(text);
        }
    }
}
