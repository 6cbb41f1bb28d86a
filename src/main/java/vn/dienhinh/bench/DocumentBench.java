package vn.dienhinh.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.util.Messages;

/**
 * The documents over the whole registry: the quarterly report (Word and Excel) of the current
 * quarter, and the Excel list of every exemplar beside its floor, a bare SXSSF write of the same
 * rows read with a bare SELECT.
 */
final class DocumentBench {

    /** The list's rows as the product reads them: the same columns, the same order. */
    private static final String ROWS = "SELECT e.name, e.kind, e.birth_year, u.name, (SELECT group_concat("
            + "coalesce(fl.short_name, fl.name), '; ') FROM exemplar_field ef JOIN field fl ON fl.id = ef.field_id "
            + "WHERE ef.exemplar_id = e.id), e.status, e.found_on, e.summary FROM exemplar e "
            + "LEFT JOIN unit u ON u.id = e.unit_id ORDER BY e.sort_key, e.id";

    private final AppContext ctx;
    private final Connection bare;
    private final Path dir;

    DocumentBench(AppContext ctx, Connection bare, Path dir) {
        this.ctx = ctx;
        this.bare = bare;
        this.dir = dir;
    }

    BenchRow quarterlyReport(int runs) {
        LocalDate today = LocalDate.now();
        Quarter q = Quarter.of(today);
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            times.add(Stats.time(() -> ctx.quarterlyReports().export(q, DocumentMeta.dated(today), null, dir)));
        }
        return BenchRow.measured(Messages.get("bench.op.quarterly"), Stats.ofNanos(times), null, Target.within(2000))
                .withNote(Messages.get("bench.quarterly.note", q.quarter(), String.valueOf(q.year())));
    }

    BenchRow exemplarList(int runs) throws IOException, SQLException {
        Path product = dir.resolve("danh-sach.xlsx");
        Path floor = dir.resolve("danh-sach-tran.xlsx");
        List<Long> times = new ArrayList<>();
        List<Long> floors = new ArrayList<>();
        long[] rows = new long[1];
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            bareList(floor);
            floors.add(System.nanoTime() - t0);
            times.add(Stats.time(() -> rows[0] = ctx.lists().exemplars(ExemplarFilter.ALL, product)));
        }
        return BenchRow.measured(Messages.get("bench.op.excelList"), Stats.ofNanos(times), Stats.ofNanos(floors),
                Target.ofFloor(1.3)).withNote(Messages.get("bench.excel.note", rows[0], Files.size(product) / 1024));
    }

    /** The floor: the same rows, one plain cell each, no styles, no print setup, straight to the file. */
    private void bareList(Path file) throws IOException, SQLException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (PreparedStatement ps = bare.prepareStatement(ROWS); ResultSet rs = ps.executeQuery();
             OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = wb.createSheet();
            int r = 0;
            while (rs.next()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(r);
                for (int c = 1; c <= 8; c++) {
                    Object v = rs.getObject(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
