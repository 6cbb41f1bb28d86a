package vn.dienhinh.service.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.DocumentLayout;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.ReportSections;
import vn.dienhinh.report.SummaryReportData;
import vn.dienhinh.report.SummaryReportData.FieldRow;
import vn.dienhinh.report.SummaryReportData.QuarterRow;
import vn.dienhinh.report.SummaryReportData.Target;
import vn.dienhinh.report.SummaryReportData.UnitRow;
import vn.dienhinh.report.SummaryReportDocument;

/** The assessment drafted from a sơ kết / tổng kết's figures: what it praises, and the shortcomings it names. */
class SummarySectionsTest {

    @TempDir
    Path dir;

    private static SummaryReportData data(boolean finalReview, List<FieldRow> fields, List<UnitRow> units,
                                          QuarterRow quarter, List<Target> targets) {
        return new SummaryReportData(finalReview, "giai đoạn 1 (2021 - 2023) của phong trào thi đua “Dân vận khéo”",
                LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31), 5,
                Map.of(ExemplarKind.INDIVIDUAL, 2L, ExemplarKind.COLLECTIVE, 3L), Map.of(), fields, units,
                List.of(quarter), targets, null);
    }

    private static List<FieldRow> fieldsAtOne() {
        return List.of(new FieldRow("Quốc phòng, an ninh", 0, 1, 0), new FieldRow("Y tế", 1, 0, 0),
                new FieldRow("Giáo dục và đào tạo", 0, 1, 0), new FieldRow("Văn hóa", 1, 0, 0),
                new FieldRow("An sinh xã hội", 0, 1, 0));
    }

    @Test
    void praisesNoZeroAndCallsNoneTheMostWhenAllAreTied() {
        List<UnitRow> units = List.of(new UnitRow("Phường Bến Nghé", 1, 0), new UnitRow("Phường Đa Kao", 1, 0),
                new UnitRow("Phường Tân Định", 1, 0), new UnitRow("Phường Cô Giang", 1, 0),
                new UnitRow("Công ty TNHH MTV Dịch vụ công ích Quận 1", 1, 0));
        ReportSections s = SummarySections.draft(data(false, fieldsAtOne(), units,
                new QuarterRow(new Quarter(2021, 1), 5, 0, 2), List.of()));
        assertThat(s.strengths().lines().toList()).containsExactly(
                "- Toàn địa bàn đã phát hiện 05 điển hình tiên tiến (02 cá nhân, 03 tập thể);",
                "- Công tác tuyên truyền được quan tâm với 02 hoạt động, góp phần lan tỏa các gương điển hình tiên tiến.");
        assertThat(s.limits()).contains("Trong kỳ chưa có lượt giới thiệu gương điển hình tiên tiến nào");
    }

    @Test
    void namesAllThatTieAtTheTopWhenTheyAreFew() {
        List<FieldRow> fields = List.of(new FieldRow("Quốc phòng, an ninh", 0, 2, 0), new FieldRow("Y tế", 2, 0, 0),
                new FieldRow("Văn hóa", 0, 1, 0));
        List<UnitRow> units = List.of(new UnitRow("Phường Bến Nghé", 3, 1), new UnitRow("Phường Đa Kao", 2, 2));
        ReportSections s = SummarySections.draft(data(false, fields, units,
                new QuarterRow(new Quarter(2021, 1), 5, 3, 2), List.of()));
        assertThat(s.strengths().lines().toList()).containsExactly(
                "- Toàn địa bàn đã phát hiện 05 điển hình tiên tiến (02 cá nhân, 03 tập thể), 03 lượt gương được các "
                        + "đơn vị giới thiệu;",
                "- Các lĩnh vực có nhiều điển hình nhất: Quốc phòng, an ninh và Y tế (mỗi lĩnh vực 02 điển hình);",
                "- Đơn vị phát hiện nhiều điển hình nhất: Phường Bến Nghé (03 điển hình);",
                "- Công tác tuyên truyền được quan tâm với 02 hoạt động, góp phần lan tỏa các gương điển hình tiên tiến.");
        // four tied at the top are too many to name as "the most"
        List<FieldRow> four = List.of(new FieldRow("A", 2, 0, 0), new FieldRow("B", 2, 0, 0), new FieldRow("C", 2, 0, 0),
                new FieldRow("D", 2, 0, 0), new FieldRow("E", 1, 0, 0));
        assertThat(SummarySections.draft(data(false, four, units, new QuarterRow(new Quarter(2021, 1), 5, 3, 2),
                List.of())).strengths()).doesNotContain("lĩnh vực có nhiều").doesNotContain("Lĩnh vực có nhiều");
    }

    @Test
    void aTongKetWhosePhaseMissedItsTargetsSaysSoUnderHanChe() throws Exception {
        Target missed = new Target("Giai đoạn 1: 02 tập thể (chỉ tiêu 03, chưa đạt), 02 cá nhân (chỉ tiêu 03, chưa đạt)",
                "Giai đoạn 1 chưa đạt chỉ tiêu đề ra (02/03 tập thể, 02/03 cá nhân)");
        List<UnitRow> units = List.of(new UnitRow("Phường Bến Nghé", 3, 1), new UnitRow("Phường Đa Kao", 2, 2));
        SummaryReportData d = data(true, fieldsAtOne(), units, new QuarterRow(new Quarter(2021, 1), 5, 3, 2),
                List.of(missed));
        ReportSections s = SummarySections.draft(d);
        assertThat(s.limits()).isEqualTo("- Giai đoạn 1 chưa đạt chỉ tiêu đề ra (02/03 tập thể, 02/03 cá nhân).");
        assertThat(s.causes()).isNotBlank();
        Path file = dir.resolve("tk.docx");
        new SummaryReportDocument(OfficeProfile.example()).write(d.withSections(s), new DocumentMeta(4,
                LocalDate.of(2024, 1, 5), false), file);
        try (XWPFDocument doc = DocumentLayout.open(file)) {
            assertThat(DocumentLayout.bodyTexts(doc)).containsSubsequence("II. ĐÁNH GIÁ CHUNG", "1. Ưu điểm",
                    "2. Hạn chế", "- Giai đoạn 1 chưa đạt chỉ tiêu đề ra (02/03 tập thể, 02/03 cá nhân).");
        }
        // met, or not over yet: nothing to regret
        Target met = new Target("Giai đoạn 1: 03 tập thể (chỉ tiêu 03, đạt)", null);
        assertThat(SummarySections.draft(data(true, fieldsAtOne(), units, new QuarterRow(new Quarter(2021, 1), 5, 3, 2),
                List.of(met))).limits()).isEmpty();
    }

    @Test
    void everyDraftedListGoesOnWithSemicolonsAndEndsWithAFullStop() {
        List<UnitRow> units = List.of(new UnitRow("Phường Bến Nghé", 3, 1), new UnitRow("Phường Đa Kao", 2, 2));
        ReportSections s = SummarySections.draft(data(true, fieldsAtOne(), units,
                new QuarterRow(new Quarter(2021, 1), 5, 3, 2), List.of()));
        assertThat(s.nextTasks().lines()).hasSizeGreaterThan(1);
        for (String section : List.of(s.strengths(), s.causes(), s.nextTasks(), s.proposals())) {
            List<String> items = section.lines().toList();
            for (int i = 0; i < items.size(); i++) {
                assertThat(items.get(i)).startsWith("- ").endsWith(i == items.size() - 1 ? "." : ";");
            }
        }
    }
}
