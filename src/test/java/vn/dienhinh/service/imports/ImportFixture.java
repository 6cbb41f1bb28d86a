package vn.dienhinh.service.imports;

import java.nio.file.Path;
import vn.dienhinh.imports.ImportProblem;
import vn.dienhinh.service.imports.PreviewRow.Verdict;
import vn.dienhinh.store.ImportRepository;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.Progress;

/** The import service over a test database, and short ways to look at a preview. */
final class ImportFixture {

    private ImportFixture() {
    }

    static ImportService service(TestDb t) {
        return new ImportService(t.catalogRepo, t.exemplarRepo, new ImportRepository(t.db), TestDb.CLOCK);
    }

    static ImportPreview preview(TestDb t, Path file) {
        return service(t).preview(file, null, Progress.NONE);
    }

    /** "12 Nguyễn Văn An INDIVIDUAL 1975 MALE" : row number, name, kind, birth, gender. */
    static String line(PreviewRow r) {
        var e = r.draft();
        return r.rowNumber() + " " + e.name() + " " + e.kind() + (e.birthYear() == null ? "" : " " + e.birthYear())
                + (e.gender() == null ? "" : " " + e.gender()) + (r.verdict() == Verdict.OK ? "" : " " + r.verdict());
    }

    /** "13 C (Năm sinh) ERROR: …": row, column, severity and message. */
    static String problem(ImportProblem p) {
        return p.row() + " " + p.column() + " " + p.severity() + ": " + p.message();
    }
}
