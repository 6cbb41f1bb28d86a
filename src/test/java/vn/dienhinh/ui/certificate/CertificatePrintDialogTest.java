package vn.dienhinh.ui.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Theme;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.nomination.NominationServices;
import vn.dienhinh.ui.nomination.NominationsView;
import vn.dienhinh.util.UserException;

/** In giấy khen from the nomination screen: printed through the print dialog, or written as a PDF. */
@ExtendWith(ApplicationExtension.class)
class CertificatePrintDialogTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private Nomination decided;
    private Nomination draft;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final List<Path> pdfs = new CopyOnWriteArrayList<>();
    private volatile boolean noPrinter;

    @Start
    void start(Stage stage) {
        Theme.apply();
        t = new TestDb(dir.resolve("p" + (++run)));
        t.office.save(OfficeProfile.example());
        Unit ward = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        AwardForm gk = t.awards.forms().stream().filter(f -> f.name().equals("Giấy khen")).findFirst().orElseThrow();
        Exemplar an = t.registry.save(ExemplarFixtures.person("Nguyễn Văn An", 1980).gender(Gender.MALE)
                .unitId(ward.id()).build());
        Exemplar hoa = t.registry.save(ExemplarFixtures.person("Lê Thị Hoa", 1990).gender(Gender.FEMALE)
                .unitId(ward.id()).build());
        decided = nomination(gk, ward, an, hoa);
        t.nominations.submit(decided.id());
        t.nominations.approve(decided.id(), List.of(), null);
        decided = t.nominations.decide(decided.id(), "215/QĐ-UBND", TestDb.TODAY, null);
        draft = nomination(gk, ward, hoa);
        TaskRunner tasks = new TaskRunner();
        tasks.setErrorSink(errors::add);
        CertificateOutput output = new CertificateOutput() {
            @Override
            public boolean print(CertificateLayout layout, List<Certificate> certificates) {
                if (noPrinter) {
                    throw new UserException("certificate.noPrinter");
                }
                for (Certificate c : certificates) {
                    printed.add(layout.name() + ": " + c.get(CertificateSlot.RECIPIENT) + " / "
                            + c.get(CertificateSlot.ACHIEVEMENT));
                }
                return true;
            }

            @Override
            public boolean printCalibration(CertificateLayout layout, PrinterOffset offset) {
                return true;
            }

            @Override
            public Path choosePdf(javafx.stage.Window owner, String name) {
                return null;
            }
        };
        Dialogs dialogs = new Dialogs(stage);
        CertificateActions actions = new CertificateActions(t.certificates, output, tasks, dialogs, (name, write) ->
                tasks.run(null, () -> write.apply(Files.createDirectories(dir.resolve("out" + run))), pdfs::add));
        NominationsView view = new NominationsView(new NominationServices(t.nominations, t.awards, t.registry, t.catalog),
                tasks, dialogs);
        view.setCertificates(actions::nomination);
        stage.setScene(new Scene(view.getRoot(), 1280, 760));
        stage.show();
    }

    private Nomination nomination(AwardForm form, Unit unit, Exemplar... who) {
        List<Nominee> nominees = new ArrayList<>();
        for (Exemplar e : who) {
            Deed d = t.registry.saveDeed(new Deed(null, e.id(), LocalDate.of(2026, 3, 1), "Việc tốt " + e.name(), null));
            nominees.add(new Nominee(null, e.id(), null, List.of(d.id())));
        }
        return t.nominations.save(new Nomination(null, form.id(), "DISTRICT", unit.id(), "Ủy ban nhân dân quận", null,
                null, null, null, null, null, null, null, null, nominees, Map.of()));
    }

    @AfterEach
    void close() {
        t.close();
    }

    @SuppressWarnings("unchecked")
    private void select(FxRobot robot, Nomination n) throws Exception {
        TableView<Nomination> list = robot.lookup("#nominationTable").queryAs(TableView.class);
        waitUntil(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getItems().stream().filter(x -> x.id().equals(n.id())).findFirst()
                .ifPresent(x -> list.getSelectionModel().select(x)));
    }

    private void openDialog(FxRobot robot) throws Exception {
        select(robot, decided);
        Button button = robot.lookup("#certificatesButton").queryButton();
        waitUntil(() -> !button.isDisabled());
        robot.clickOn(button);
        waitUntil(() -> robot.lookup("#certPrint").tryQuery().isPresent());
    }

    @Test
    void onlyADecidedNominationHasCertificatesToPrint(FxRobot robot) throws Exception {
        select(robot, draft);
        waitUntil(() -> robot.lookup("#certificatesButton").queryButton().isDisabled());
        select(robot, decided);
        waitUntil(() -> !robot.lookup("#certificatesButton").queryButton().isDisabled());
    }

    @Test
    void theCertificatesArePrintedOnTheBlankOfTheNominationsFormOnePerRecipient(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.interact(() -> robot.lookup("#certAchievement").queryAs(TextField.class)
                .setText("Đã có thành tích xuất sắc trong công tác dân vận năm 2026"));
        robot.clickOn("#certPrint");
        waitUntil(() -> printed.size() == 2);
        assertThat(printed).containsExactly(
                "Phôi giấy khen (A4 ngang): Ông Nguyễn Văn An / Đã có thành tích xuất sắc trong công tác dân vận năm 2026",
                "Phôi giấy khen (A4 ngang): Bà Lê Thị Hoa / Đã có thành tích xuất sắc trong công tác dân vận năm 2026");
        waitUntil(() -> robot.lookup("#certStatus").queryAs(Label.class).getText().equals("Đã gửi 2 trang tới máy in."));
        assertThat(errors).isEmpty();
    }

    @Test
    void withoutAPrinterTheOfficerIsToldInOneSentence(FxRobot robot) throws Exception {
        noPrinter = true;
        openDialog(robot);
        robot.clickOn("#certPrint");
        waitUntil(() -> !errors.isEmpty());
        assertThat(errors).containsExactly(
                "Máy tính này chưa có máy in nào dùng được; hãy lưu tệp PDF rồi in từ máy khác.");
        assertThat(printed).isEmpty();
    }

    @Test
    void xuatPdfWritesOnePagePerRecipient(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.clickOn("#certPdf");
        waitUntil(() -> pdfs.size() == 1);
        assertThat(pdfs.get(0).getFileName().toString()).isEqualTo("GiayKhen-DeNghi" + decided.id() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdfs.get(0).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            assertThat(s.getText(doc)).contains("Bà Lê Thị Hoa").doesNotContain("Nguyễn Văn An");
        }
        assertThat(errors).isEmpty();
    }
}
