package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;

/**
 * The data rows of a table are written as finished XML beside the document and put in place when it is
 * saved: what an officer reads in Word is what the rows hold, in their order, whatever the text.
 */
class SplicedRowsTest {

    private static final OfficeProfile WARD = new OfficeProfile("Ủy ban nhân dân Quận 1",
            "Ủy ban nhân dân phường Bến Nghé", "Bến Nghé", "UBND", "Nguyễn Văn Tùng", "Chủ tịch", "Ủy ban nhân dân",
            SigningAuthority.OWN, "", List.of());
    private static final List<TableColumn> COLUMNS = List.of(new TableColumn("STT", 1, TableColumn.Align.CENTER),
            new TableColumn("Họ và tên", 4, TableColumn.Align.LEFT), new TableColumn("Thành tích", 6,
                    TableColumn.Align.JUSTIFY));

    @Test
    void rowsBetweenGroupTitlesKeepTheirOrderAndEveryCharacterAWordFileMayHold() throws Exception {
        List<List<?>> rows = new ArrayList<>();
        rows.add(new TableGroup("Lĩnh vực Y tế (02 gương)"));
        rows.add(List.of(1, Span.bold("Nguyễn Văn An"), "Cứu người <đuối nước> & hiến máu \"tình nguyện\""));
        rows.add(List.of(2, "Trạm Y tế phường Đa Kao", "Dòng một\nDòng hai"));
        rows.add(new TableGroup("Lĩnh vực Giáo dục (01 gương)"));
        rows.add(List.of(3, "Đặng Thị Hoa", "Chép từ PDF\u000b có ký tự điều khiển\u0001"));
        byte[] saved;
        try (OfficialDocument d = new OfficialDocument(WARD)) {
            d.header("BC", null, "Bến Nghé, ngày 05 tháng 12 năm 2026").table(COLUMNS, rows).signature();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            d.write(again);
            assertThat(again.toByteArray()).as("saved twice, the same rows").hasSize(out.size());
            saved = out.toByteArray();
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(saved))) {
            XWPFTable t = doc.getTables().get(1);
            assertThat(t.getRows()).extracting(SplicedRowsTest::cells).containsExactly(
                    List.of("STT", "Họ và tên", "Thành tích"),
                    List.of("Lĩnh vực Y tế (02 gương)"),
                    List.of("1", "Nguyễn Văn An", "Cứu người <đuối nước> & hiến máu \"tình nguyện\""),
                    List.of("2", "Trạm Y tế phường Đa Kao", "Dòng một\nDòng hai"),
                    List.of("Lĩnh vực Giáo dục (01 gương)"),
                    List.of("3", "Đặng Thị Hoa", "Chép từ PDF có ký tự điều khiển"));
            assertThat(t.getRow(2).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(t.getRow(3).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
            // the list's last row goes to the next page with the signature; the rows above may break
            assertThat(t.getRow(5).getCell(2).getParagraphs().get(0).isKeepNext()).isTrue();
            assertThat(t.getRow(3).getCell(2).getParagraphs().get(0).isKeepNext()).isFalse();
            assertThat(t.getRow(2).getCell(0).getParagraphs().get(0).getAlignment().name()).isEqualTo("CENTER");
            assertThat(t.getRow(2).getCell(2).getParagraphs().get(0).getAlignment().name()).isEqualTo("BOTH");
            DocumentLayout.assertPage(doc);
        }
    }

    private static List<String> cells(XWPFTableRow r) {
        return r.getTableCells().stream().map(c -> c.getText().replace('\u00a0', ' ')).toList();
    }
}
