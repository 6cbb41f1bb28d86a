package vn.dienhinh.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.household;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Unit;
import vn.dienhinh.report.ExcelListWriter;
import vn.dienhinh.report.ExemplarListExport;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.Progress;

/** The application's own Excel list imports back into an empty registry with nothing lost or changed. */
class RoundTripTest {

    @TempDir
    Path dir;

    private static void fill(TestDb t) {
        Unit benNghe = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        Unit tram = t.catalog.saveUnit(Unit.named("Trạm Y tế phường Bến Nghé", "Trạm y tế"));
        Unit to5 = t.catalog.saveUnit(new Unit(null, benNghe.id(), "Tổ dân phố 5", "Tổ dân phố", null, null, null, null,
                null, true, null));
        List<Long> all = t.catalog.fields().stream().map(Field::id).toList();
        LocalDate d = LocalDate.of(2024, 3, 5);
        t.registry.save(person("Nguyễn Thị Ánh", 1985).unitId(tram.id()).fieldIds(List.of(6L, 13L)).foundOn(d)
                .summary("Cứu người đuối nước; hiến máu 12 lần, “tấm gương sáng”").build());
        Exemplar dung = t.registry.save(person("Đặng Văn Dũng", 1970).unitId(to5.id()).fieldIds(all).foundOn(d.minusYears(2))
                .summary("Vận động hiến đất mở hẻm, 25 hộ tham gia").build());
        t.registry.changeStatus(dung.id(), ExemplarStatus.RECOGNISED, d, "Quyết định số 12/QĐ-UBND");
        t.registry.changeStatus(dung.id(), ExemplarStatus.HONOURED, d.plusMonths(2), "Giấy khen");
        t.registry.save(person("Lê Thị Hồng", 1999).build());
        t.registry.save(collective("Câu lạc bộ Dưỡng sinh Bến Nghé").unitId(benNghe.id()).fieldIds(List.of(9L, 14L))
                .foundOn(d.plusDays(1)).build());
        Exemplar to = t.registry.save(collective("Tổ dân phố 5").unitId(benNghe.id()).fieldIds(List.of(3L, 5L, 9L))
                .summary(null).build());
        t.registry.changeStatus(to.id(), ExemplarStatus.DROPPED, TestDb.TODAY, "Không duy trì");
        t.registry.save(household("Hộ ông Phạm Văn Ba").unitId(to5.id()).birthYear(1956).fieldIds(List.of(12L))
                .foundOn(LocalDate.of(2023, 12, 31)).build());
    }

    private static Path export(TestDb t, Path file) {
        List<ExemplarRow> rows = new ArrayList<>();
        t.registry.forEachRow(ExemplarFilter.ALL, rows::add);
        new ExemplarListExport(new ExcelListWriter()).write(file, "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN NĂM 2024", rows);
        return file;
    }

    @Test
    void theExportedListComesBackIntoAnEmptyRegistryUnchanged() throws Exception {
        Path first = dir.resolve("xuat.xlsx");
        List<ExemplarRow> before = new ArrayList<>();
        List<Exemplar> records = new ArrayList<>();
        try (TestDb a = new TestDb(dir.resolve("a"))) {
            fill(a);
            export(a, first);
            a.registry.forEachRow(ExemplarFilter.ALL, before::add);
            before.forEach(r -> records.add(a.registry.require(r.id())));
        }
        try (TestDb b = new TestDb(dir.resolve("b"))) {
            ImportService s = ImportFixture.service(b);
            ImportPreview p = s.preview(first, null, Progress.NONE);
            assertThat(p.problems()).allSatisfy(x -> assertThat(x.message()).contains("chưa có trong danh mục"));
            ImportResult r = s.commit(p, ImportOptions.defaults(p), Progress.NONE);
            assertThat(r.imported()).isEqualTo(records.size());

            List<ExemplarRow> after = new ArrayList<>();
            b.registry.forEachRow(ExemplarFilter.ALL, after::add);
            assertThat(after).extracting(RoundTripTest::withoutId)
                    .containsExactlyElementsOf(before.stream().map(RoundTripTest::withoutId).toList());
            for (int i = 0; i < after.size(); i++) {
                Exemplar was = records.get(i);
                Exemplar now = b.registry.require(after.get(i).id());
                assertThat(List.of(now.kind(), now.name(), String.valueOf(now.birthYear()), now.fieldIds(),
                        now.status(), String.valueOf(now.foundOn()), String.valueOf(now.summary())))
                        .isEqualTo(List.of(was.kind(), was.name(), String.valueOf(was.birthYear()), was.fieldIds(),
                                was.status(), String.valueOf(was.foundOn()), String.valueOf(was.summary())));
            }
            // and exported again, the list is the same cell for cell
            assertThat(cells(export(b, dir.resolve("xuat-lai.xlsx")))).isEqualTo(cells(first));
        }
    }

    private static List<Object> withoutId(ExemplarRow r) {
        return List.of(r.kind(), r.name(), String.valueOf(r.birthYear()), String.valueOf(r.unitName()),
                String.valueOf(r.fields()), r.status(), String.valueOf(r.foundOn()), String.valueOf(r.summary()));
    }

    private static List<List<String>> cells(Path file) throws Exception {
        DataFormatter f = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> line = new ArrayList<>();
                row.forEach(c -> line.add(f.formatCellValue(c)));
                out.add(line);
            }
        }
        return out;
    }
}
