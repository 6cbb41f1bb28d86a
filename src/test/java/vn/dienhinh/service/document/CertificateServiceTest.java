package vn.dienhinh.service.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.model.Unit;
import vn.dienhinh.store.CertificateLayoutRepository;
import vn.dienhinh.store.CommendationRepository;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/** What the certificates of a decision say, which blank they go on, and the checks of a layout. */
class CertificateServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    CertificateService s;
    Unit benNghe;
    AwardForm giayKhen;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        s = new CertificateService(new CertificateLayoutRepository(t.db), new CommendationRepository(t.db), t.awards,
                t.nominations, t.registry, t.catalog, t.campaigns, t.office);
        t.office.save(OfficeProfile.example());
        benNghe = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        giayKhen = t.awards.forms().stream().filter(f -> f.name().equals("Giấy khen")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Nomination decided(Exemplar... nominees) {
        Nomination n = t.nominations.save(new Nomination(null, giayKhen.id(), "DISTRICT", benNghe.id(),
                "Ủy ban nhân dân quận", null, null, null, null, null, null, null, null, null,
                java.util.Arrays.stream(nominees).map(e -> new Nominee(null, e.id(), null, List.of(t.registry.saveDeed(
                        new vn.dienhinh.model.Deed(null, e.id(), LocalDate.of(2026, 6, 1), "Việc tốt", null)).id())))
                        .toList(), Map.of()));
        t.nominations.submit(n.id());
        t.nominations.approve(n.id(), List.of(), null);
        return t.nominations.decide(n.id(), "215/QĐ-UBND", LocalDate.of(2026, 11, 23), null);
    }

    @Test
    void aDecidedNominationGivesOneCertificatePerRecipientFilledFromTheRegistryAndTheProfile() {
        Exemplar an = t.registry.save(person("Nguyễn Văn An", 1980).gender(Gender.MALE).position("Tổ trưởng Tổ dân phố 5")
                .unitId(benNghe.id()).summary("Cứu hai em nhỏ đuối nước ở kênh Nhiêu Lộc.").build());
        Exemplar tdp = t.registry.save(collective("Tổ dân phố 7").unitId(benNghe.id()).build());
        Exemplar front = t.registry.save(collective("Ban công tác Mặt trận phường Bến Nghé").unitId(benNghe.id()).build());
        long id = decided(an, tdp, front).id();
        List<Certificate> list = s.forNomination(id, null);
        assertThat(list).extracting(Certificate::recipientName).containsExactly("Nguyễn Văn An",
                "Ban công tác Mặt trận phường Bến Nghé", "Tổ dân phố 7");
        // a name that already says its unit is not followed by the unit again
        assertThat(list.get(1).get(CertificateSlot.DETAIL)).isEmpty();
        list = List.of(list.get(0), list.get(2));
        Certificate c = list.get(0);
        assertThat(c.get(CertificateSlot.RECIPIENT)).isEqualTo("Ông Nguyễn Văn An");
        assertThat(c.get(CertificateSlot.DETAIL)).isEqualTo("Tổ trưởng Tổ dân phố 5, Phường Bến Nghé");
        assertThat(c.get(CertificateSlot.ACHIEVEMENT)).isEqualTo("Đã có thành tích: Cứu hai em nhỏ đuối nước ở kênh Nhiêu Lộc");
        assertThat(c.get(CertificateSlot.DECISION)).isEqualTo("Quyết định số 215/QĐ-UBND ngày 23/11/2026");
        assertThat(c.get(CertificateSlot.PLACE_DATE)).isEqualTo("Quận 1, ngày 23 tháng 11 năm 2026");
        // the Chairman awards ("CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 1" above): his deputy signs for him, not "TM." the committee
        assertThat(c.get(CertificateSlot.SIGNER_TITLE)).isEqualTo("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        assertThat(c.get(CertificateSlot.SIGNER_NAME)).isEqualTo("Nguyễn Thị Thu Hiền");
        assertThat(c.get(CertificateSlot.ISSUER)).isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 1");
        Certificate collective = list.get(1);
        assertThat(collective.get(CertificateSlot.RECIPIENT)).isEqualTo("Tổ dân phố 7");
        assertThat(collective.get(CertificateSlot.DETAIL)).isEqualTo("Phường Bến Nghé");
        // one line for all of them when the officer types it
        assertThat(s.forNomination(id, "Đã có thành tích xuất sắc năm 2026"))
                .allSatisfy(x -> assertThat(x.get(CertificateSlot.ACHIEVEMENT)).isEqualTo("Đã có thành tích xuất sắc năm 2026"));
    }

    @Test
    void aCampaignsCommendationSaysTheCampaignAndTheYearOnce() {
        Exemplar binh = t.registry.save(person("Trần Thị Bình", 1975).build());
        var campaign = t.campaigns.save(vn.dienhinh.model.Campaign.named("Người tốt, việc tốt"));
        Commendation c = t.awards.record(new Commendation(null, binh.id(), giayKhen.id(), "DISTRICT", "9/QĐ-UBND",
                LocalDate.of(2026, 3, 2), "Ủy ban nhân dân quận", campaign.id(), null, null, List.of()));
        Certificate x = s.forCommendations(List.of(c.id()), null).get(0);
        assertThat(x.get(CertificateSlot.RECIPIENT)).isEqualTo("Bà Trần Thị Bình");
        assertThat(x.get(CertificateSlot.ACHIEVEMENT))
                .isEqualTo("Đã có thành tích xuất sắc trong phong trào thi đua “Người tốt, việc tốt” năm 2026");
    }

    @Test
    void onlyADecidedNominationHasCertificates() {
        Exemplar an = t.registry.save(person("Nguyễn Văn An", 1980).build());
        Nomination n = t.nominations.save(new Nomination(null, giayKhen.id(), "DISTRICT", benNghe.id(), null, null,
                null, null, null, null, null, null, null, null, List.of(new Nominee(null, an.id(), null, List.of())),
                Map.of()));
        assertThatThrownBy(() -> s.forNomination(n.id(), null)).isInstanceOf(UserException.class)
                .hasMessage("Đề nghị số " + n.id() + " đang ở trạng thái “Dự thảo”: chỉ in giấy khen khi đã có quyết định "
                        + "khen thưởng.");
    }

    @Test
    void theLayoutIsTheOneNamedElseTheFormsElseTheSmallestBlank() {
        assertThat(s.layoutFor(giayKhen.id(), null).name()).isEqualTo("Phôi giấy khen (A4 ngang)");
        assertThat(s.layoutFor(giayKhen.id(), "phoi bang khen (A3 ngang)").name()).isEqualTo("Phôi bằng khen (A3 ngang)");
        assertThat(s.layoutFor(null, null).name()).isEqualTo("Phôi giấy khen (A4 ngang)");
        long bangKhen = t.awards.forms().stream().filter(f -> f.name().equals("Bằng khen")).findFirst().orElseThrow().id();
        assertThat(s.layoutFor(bangKhen, null).name()).isEqualTo("Phôi bằng khen (A3 ngang)");
        assertThatThrownBy(() -> s.layoutFor(null, "Phôi bằng gỗ")).isInstanceOf(UserException.class)
                .hasMessage("Không có mẫu phôi “Phôi bằng gỗ”. Các mẫu đang có: Phôi bằng khen (A3 ngang); "
                        + "Phôi giấy khen (A4 ngang).");
    }

    @Test
    void aFieldOutsideTheBlankIsRefusedWithItsNameAndNothingIsSaved() {
        CertificateLayout gk = s.layoutFor(giayKhen.id(), null);
        FieldPlacement name = gk.field(CertificateSlot.RECIPIENT);
        assertThatThrownBy(() -> s.save(gk.with(name.at(80, 100))))
                .isInstanceOf(UserException.class)
                .hasMessage("Ô “Người, tập thể được khen” ra ngoài chiều ngang của phôi: từ 80 đến 317 mm, mà phôi rộng 297 mm.");
        assertThatThrownBy(() -> s.save(gk.with(name.at(30, 206))))
                .hasMessageStartingWith("Ô “Người, tập thể được khen” ra ngoài chiều dọc của phôi");
        assertThatThrownBy(() -> s.save(gk.with(name.withFont(2, true, false))))
                .hasMessage("Ô “Người, tập thể được khen”: cỡ chữ phải từ 4 đến 96.");
        assertThatThrownBy(() -> s.save(gk.named("phôi BẰNG khen (a3 ngang)", null)))
                .hasMessage("Đã có mẫu phôi tên “phôi BẰNG khen (a3 ngang)”; hãy đặt tên khác.");
        assertThat(s.layout(gk.id())).isEqualTo(gk);
        // a nudge of half a millimetre is kept exactly
        CertificateLayout nudged = s.save(gk.with(name.movedBy(0.5, 0.5).movedBy(0.5, 0)));
        assertThat(nudged.field(CertificateSlot.RECIPIENT).xMm()).isEqualTo(31.0);
        assertThat(nudged.field(CertificateSlot.RECIPIENT).yMm()).isEqualTo(100.5);
    }

    @Test
    void theLastLayoutStaysAndTheOffsetIsAMeasureNotATypo() {
        List<CertificateLayout> all = s.layouts();
        s.delete(all.get(0).id());
        assertThatThrownBy(() -> s.delete(all.get(1).id())).hasMessage(
                "Không xóa được mẫu phôi cuối cùng: cần ít nhất một mẫu để in.");
        assertThat(s.savePrinterOffset(new PrinterOffset(1.25, -0.5))).isEqualTo(new PrinterOffset(1.3, -0.5));
        assertThatThrownBy(() -> s.savePrinterOffset(new PrinterOffset(45, 0)))
                .hasMessage("Độ lệch máy in phải trong khoảng từ -30 đến 30 mm.");
        assertThat(s.printerOffset()).isEqualTo(new PrinterOffset(1.3, -0.5));
    }

    @Test
    void theCertificatesOfANominationAreWrittenOnePerPage() {
        Exemplar an = t.registry.save(person("Nguyễn Văn An", 1980).gender(Gender.MALE).build());
        Exemplar hoa = t.registry.save(person("Lê Thị Hoa", 1990).build());
        Nomination n = decided(an, hoa);
        Path pdf = s.writePdf(s.layoutFor(giayKhen.id(), null), s.forNomination(n.id(), null), dir.resolve("gk.pdf"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Ông Nguyễn Văn An")
                    .contains("Bà Lê Thị Hoa");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
