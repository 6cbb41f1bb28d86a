package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.service.document.ListExportService;
import vn.dienhinh.service.document.QuarterlyReportService;
import vn.dienhinh.service.document.ReminderService;
import vn.dienhinh.service.document.StatisticsService;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.FileNames;

/** Every name the program proposes for an exported file is one Windows accepts, whatever the names inside. */
class ExportFileNamesTest {

    @TempDir
    Path dir;
    TestDb t;

    @AfterEach
    void close() {
        if (t != null) {
            t.close();
        }
    }

    @Test
    void aDossierForNomineesWithRefusedCharactersHasValidFileNames() {
        t = new TestDb(dir.resolve("db"));
        t.office.save(OfficeProfile.example());
        t.office.saveHierarchy(vn.dienhinh.model.OfficeHierarchy.example());
        Exemplar odd = t.registry.save(ExemplarFixtures.person("Nguyễn Văn A/B: \"C\"", 1980).build());
        Exemplar con = t.registry.save(ExemplarFixtures.person("???", 1985).build());
        AwardForm giayKhen = t.awards.forms().stream().filter(f -> f.name().equals("Giấy khen")).findFirst().orElseThrow();
        List<Nominee> nominees = new java.util.ArrayList<>();
        for (Exemplar e : List.of(odd, con)) {
            Deed d = t.registry.saveDeed(new Deed(null, e.id(), LocalDate.of(2026, 7, 2), "Việc tốt", null));
            nominees.add(new Nominee(null, e.id(), null, List.of(d.id())));
        }
        Nomination n = t.nominations.save(new Nomination(null, giayKhen.id(), "DISTRICT", null, "Ủy ban nhân dân Quận 1",
                null, 12, null, null, null, null, null, null, null, nominees, Map.of()));
        Path out = dir.resolve("out");
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Path> files = t.dossiers.export(n.id(), out);
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).allMatch(FileNames::valid).allMatch(s -> !s.contains("--") && !s.contains("-."));
        assertThat(names).anyMatch(s -> s.endsWith("-nguyen-van-a-b-c.docx"));
        assertThat(files).allMatch(Files::exists);
    }

    @Test
    void theFixedNamesOfReportsAndListsAreValid() {
        Quarter q = new Quarter(2026, 4);
        List<String> names = new java.util.ArrayList<>(List.of(ListExportService.exemplarsFileName(),
                ListExportService.introductionsFileName(q, q), ListExportService.commendationsFileName(2026),
                ReminderService.fileName(q)));
        QuarterlyReportService.files(q, dir).forEach(p -> names.add(p.getFileName().toString()));
        StatisticsService.files(2026, dir).forEach(p -> names.add(p.getFileName().toString()));
        assertThat(names).allMatch(FileNames::valid);
        assertThat(names).contains("CongVan-DonDoc-Quy4-2026.docx", "BaoCao-Quy4-2026.xlsx");
    }
}
