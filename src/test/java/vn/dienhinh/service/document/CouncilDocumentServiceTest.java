package vn.dienhinh.service.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.CouncilMeeting;
import vn.dienhinh.model.CouncilMember;
import vn.dienhinh.model.CouncilThreshold;
import vn.dienhinh.model.CouncilVote;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.OfficeHierarchy;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Unit;
import vn.dienhinh.report.CouncilDocuments;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.DocxReading;
import vn.dienhinh.testutil.TestDb;

/** The biên bản and the quyết định as the officer prints them, and recording the decision. */
class CouncilDocumentServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    CouncilDocumentService docs;
    Unit school;
    List<Exemplar> people = new ArrayList<>();

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        t.office.save(OfficeProfile.example());
        t.office.saveHierarchy(OfficeHierarchy.example());
        docs = new CouncilDocumentService(t.council, t.nominations, t.awards, t.registry, t.catalog, t.office,
                t.campaigns);
        school = t.catalog.saveUnit(Unit.named("Trường Mầm non Tân Định", "Trường học"));
        for (String name : List.of("Hồ Thị Hà", "Trần Văn Hải", "Phan Thị Hạnh")) {
            people.add(t.registry.save(person(name, 1985).unitId(school.id()).position("Giáo viên").build()));
        }
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Nomination approved(String formName) {
        return approved(formName, 12);
    }

    private Nomination approved(String formName, Integer submissionNumber) {
        return approved(formName, submissionNumber, null);
    }

    private Nomination approved(String formName, Integer submissionNumber, Long campaignId) {
        AwardForm form = t.awards.forms().stream().filter(f -> f.name().equals(formName)).findFirst().orElseThrow();
        List<Nominee> nominees = new ArrayList<>();
        for (Exemplar e : people) {
            Deed d = t.registry.saveDeed(new Deed(null, e.id(), LocalDate.of(2026, 5, 4), "Hoàn thành xuất sắc nhiệm vụ",
                    null));
            nominees.add(new Nominee(null, e.id(), null, List.of(d.id())));
        }
        Nomination n = t.nominations.save(new Nomination(null, form.id(), "DISTRICT", school.id(), "Ủy ban nhân dân quận",
                campaignId, submissionNumber, null, null, null, null, null, null, null, nominees, Map.of()));
        t.nominations.submit(n.id());
        return t.nominations.approve(n.id(), List.of(), null);
    }

    /** Nine members, eight present; 8 and 7 votes pass 70% of nine, 5 does not. */
    private CouncilMeeting council(Nomination n) {
        List<CouncilMember> members = new ArrayList<>();
        members.add(new CouncilMember("Nguyễn Văn Chủ", "Phó Chủ tịch Ủy ban nhân dân Quận 1, Chủ tịch Hội đồng", true));
        for (int i = 2; i <= 9; i++) {
            members.add(new CouncilMember("Thành viên " + i, "Ủy viên", i < 9));
        }
        int[][] votes = {{8, 0}, {7, 1}, {5, 3}};
        List<CouncilVote> cast = new ArrayList<>();
        for (Nominee ne : n.nominees()) {
            int i = people.stream().map(Exemplar::id).toList().indexOf(ne.exemplarId());
            cast.add(new CouncilVote(ne.id(), votes[i][0], votes[i][1], i < 2, null));
        }
        return t.council.hold(new CouncilMeeting(null, TestDb.TODAY.atTime(14, 30), "Phòng họp số 2", "Nguyễn Văn Chủ",
                "Lê Thị Thư", null, CouncilThreshold.DEFAULT, List.of(n.id()), members, cast));
    }

    private static XWPFDocument read(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XWPFDocument(in);
        }
    }

    private static String all(XWPFDocument d) {
        return String.join("\n", DocxReading.paragraphs(d).stream().map(DocxReading::text).toList());
    }

    @Test
    void theMinutesSayWhoWasThereTheVotesAndMarkWhoFellBelowTheShare() throws Exception {
        Nomination n = approved("Lao động tiên tiến");
        council(n);
        Path out = docs.writeMinutes(n.id(), null, dir.resolve("bb.docx"));
        try (XWPFDocument d = read(out)) {
            String text = all(d);
            assertThat(text).contains("BIÊN BẢN", "Thời gian bắt đầu: 14 giờ 30 phút, ngày 23 tháng 11 năm 2026.",
                    // the chair with the position the members' list gives; the secretary is not a member here
                    "Chủ trì: Nguyễn Văn Chủ, Phó Chủ tịch Ủy ban nhân dân Quận 1, Chủ tịch Hội đồng.",
                    "Thư ký: Lê Thị Thư.", "08/09 thành viên Hội đồng có mặt", "Vắng mặt: 01 thành viên", "từ 70% tổng số thành viên Hội đồng trở lên",
                    "Không đề nghị khen thưởng đối với 01 trường hợp chưa đạt tỷ lệ phiếu đồng ý theo quy định: Phan Thị Hạnh (55,6%)",
                    "THƯ KÝ", "CHỦ TRÌ");
            assertThat(text).containsPattern("tặng danh hiệu “Lao động tiên tiến” cho 02 cá nhân: "
                    + "Hồ Thị Hà \\(88,9%\\), Trần Văn Hải \\(77,8%\\)");
            XWPFTable votes = d.getTables().stream().filter(tb -> tb.getRow(0).getTableCells().size() == 6)
                    .findFirst().orElseThrow();
            assertThat(votes.getRows()).hasSize(4);
            assertThat(votes.getRow(3).getCell(1).getText()).startsWith("Phan Thị Hạnh");
            assertThat(votes.getRow(3).getCell(4).getText()).isEqualTo("55,6%");
            XWPFRun below = votes.getRow(3).getCell(5).getParagraphs().get(0).getRuns().get(0);
            assertThat(below.text()).isEqualTo("Không đạt");
            assertThat(below.isBold()).isTrue();
            assertThat(votes.getRow(1).getCell(5).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
            // the signatures carry the names alone: the positions are in the lines above, the titles over them
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            assertThat(sign.getRow(0).getCell(1).getText()).contains("CHỦ TRÌ").contains("Nguyễn Văn Chủ")
                    .doesNotContain("Chủ tịch Hội đồng");
        }
    }

    @Test
    void theDecisionListsOnlyThoseTheCouncilPassedWithTheMoneyRoundedUpToTenThousand() throws Exception {
        Nomination n = approved("Lao động tiên tiến");
        council(n);
        t.council.saveSettings(70, 100, false, 2_340_000);
        Path out = docs.writeDecision(n.id(), new DocumentMeta(231, TestDb.TODAY, false), null, dir.resolve("qd.docx"));
        try (XWPFDocument d = read(out)) {
            String text = all(d);
            assertThat(text).contains("QUYẾT ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 1", "QUYẾT ĐỊNH:",
                    "Căn cứ kết quả xét của Hội đồng Thi đua - Khen thưởng tại Biên bản họp ngày 23 tháng 11 năm 2026;",
                    "Xét đề nghị của Trường Mầm non Tân Định tại Tờ trình số 12/TTr-……",
                    "Điều 1. Tặng danh hiệu “Lao động tiên tiến” cho 02 cá nhân (có danh sách kèm theo)",
                    // 0,3 × 2.340.000 = 702.000, rounded up to the ten thousand
                    "Điều 2. Mỗi cá nhân được khen thưởng kèm theo mức tiền thưởng 0,3 lần mức lương cơ sở, là 710.000 đồng "
                            + "(theo Điều 54 Nghị định số 98/2023/NĐ-CP).",
                    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân Quận 1, Trưởng "
                            + "Phòng Nội vụ",
                    "(Kèm theo Quyết định số 231/QĐ-UBND ngày 23/11/2026 của Chủ tịch Ủy ban nhân dân Quận 1)",
                    "DANH SÁCH", "(Danh sách có 02 trường hợp)");
            XWPFTable list = d.getTables().get(d.getTables().size() - 1);
            assertThat(list.getRows()).hasSize(3);
            assertThat(list.getRow(1).getCell(1).getText()).isEqualTo("Hồ Thị Hà");
            assertThat(list.getRow(1).getCell(2).getText()).isEqualTo("Giáo viên, Trường Mầm non Tân Định");
            assertThat(list.getRow(2).getCell(3).getText()).isEqualTo("710.000");
            assertThat(text).doesNotContain("Phan Thị Hạnh");
            XWPFParagraph article = DocxReading.paragraphs(d).stream().filter(p -> DocxReading.text(p).startsWith("Điều 1."))
                    .findFirst().orElseThrow();
            assertThat(article.getRuns().get(0).isBold()).isTrue();
            assertThat(article.getRuns().get(1).isBold()).isFalse();
        }
    }

    @Test
    void withoutARateOrABaseSalaryTheMoneyFollowsTheRulesInForceAndAGivenAmountIsUsed() throws Exception {
        Nomination n = approved("Giấy khen");
        Path out = docs.writeDecision(n.id(), new DocumentMeta(5, TestDb.TODAY, false), null, dir.resolve("a.docx"));
        try (XWPFDocument d = read(out)) {
            // a Giấy khen carries money: the decision may not be silent on it, nor name an amount it does not know
            assertThat(all(d)).contains("Điều 2. Tiền thưởng kèm theo thực hiện theo quy định hiện hành. Kinh phí khen "
                            + "thưởng được chi từ Quỹ thi đua, khen thưởng theo quy định.",
                    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân Quận 1")
                    .doesNotContain("Biên bản họp").contains("Phan Thị Hạnh");
        }
        out = docs.writeDecision(n.id(), new DocumentMeta(5, TestDb.TODAY, false), 500_000L, dir.resolve("b.docx"));
        try (XWPFDocument d = read(out)) {
            assertThat(all(d)).contains("Điều 2. Mỗi trường hợp được khen thưởng kèm theo tiền thưởng 500.000 đồng.");
        }
    }

    @Test
    void aDecisionOfTheChairmanIsSignedForHimAndNotOnBehalfOfTheCommittee() throws Exception {
        Nomination n = approved("Giấy khen");
        Path out = docs.writeDecision(n.id(), new DocumentMeta(5, TestDb.TODAY, false), null, dir.resolve("qd.docx"));
        try (XWPFDocument d = read(out)) {
            // the power line and the list say the Chairman decides: "TM. ỦY BAN NHÂN DÂN" is the committee's signature
            assertThat(all(d)).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 1", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                    "Nguyễn Thị Thu Hiền").doesNotContain("TM. ỦY BAN NHÂN DÂN");
        }
        t.office.saveHierarchy(new OfficeHierarchy("Ủy ban nhân dân Quận 1", "Phòng Nội vụ", "", ""));
        out = docs.writeDecision(n.id(), new DocumentMeta(6, TestDb.TODAY, false), null, dir.resolve("qd2.docx"));
        try (XWPFDocument d = read(out)) {
            assertThat(all(d)).contains("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
        }
    }

    @Test
    void aGiayKhenIsNamedWithTheChairmanWhoConfersItNotWithTheCataloguesLevel() throws Exception {
        people.add(t.registry.save(vn.dienhinh.testutil.ExemplarFixtures.collective("Tổ Văn - Sử").unitId(school.id())
                .build()));
        Nomination n = approved("Giấy khen");
        CouncilDocuments.Decision q = docs.decision(n.id(), null);
        assertThat(q.subject()).isEqualTo("Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân Quận 1");
        assertThat(q.article1()).startsWith("Tặng Giấy khen của Chủ tịch Ủy ban nhân dân Quận 1 cho 01 tập thể và 03 cá "
                + "nhân (có danh sách kèm theo)");
        assertThat(q.listTitle()).isEqualTo("Tập thể, cá nhân được tặng Giấy khen của Chủ tịch Ủy ban nhân dân Quận 1");
    }

    @Test
    void theDecisionsBasesAreTheCanCuFirstAndTheProposalLastEndingTheSentence() throws Exception {
        Nomination n = approved("Lao động tiên tiến");
        council(n);
        Path out = docs.writeDecision(n.id(), new DocumentMeta(231, TestDb.TODAY, false), null, dir.resolve("qd.docx"));
        try (XWPFDocument d = read(out)) {
            assertThat(all(d)).containsPattern("Biên bản họp ngày 23 tháng 11 năm 2026;\n"
                    + "Xét đề nghị của Trường Mầm non Tân Định tại Tờ trình số 12/TTr-…… ngày 23/11/2026\\.\n");
        }
        List<String> bases = docs.decision(n.id(), null).bases();
        assertThat(bases.get(bases.size() - 1)).startsWith("Xét đề nghị của Trường Mầm non Tân Định tại Tờ trình");
        assertThat(bases.subList(0, bases.size() - 1)).allSatisfy(b -> assertThat(b).startsWith("Căn cứ"))
                .anySatisfy(b -> assertThat(b).startsWith("Căn cứ kết quả xét của Hội đồng Thi đua - Khen thưởng"));
    }

    @Test
    void articleOneNamesTheCampaignOrTheYearsMovementsAndTheListsHeadingKeepsTheDeciderOnOneLine() throws Exception {
        vn.dienhinh.model.Campaign culture = t.campaigns.save(vn.dienhinh.model.Campaign.named("Toàn dân đoàn kết xây "
                + "dựng đời sống văn hóa gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”")
                .withPeriod(2021, 2025));
        Nomination inCampaign = approved("Giấy khen", 12, culture.id());
        Path out = docs.writeDecision(inCampaign.id(), new DocumentMeta(240, TestDb.TODAY, false), null,
                dir.resolve("qd.docx"));
        try (XWPFDocument d = read(out)) {
            assertThat(all(d)).contains("(có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua "
                    + "“Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng "
                    + "nông thôn mới, đô thị văn minh” giai đoạn 2021 - 2025.");
            XWPFParagraph heading = DocxReading.paragraphs(d).stream()
                    .filter(p -> DocxReading.text(p).startsWith("(Kèm theo Quyết định")).findFirst().orElseThrow();
            // "Ủy ban nhân / dân Quận 1" split across lines: the decider's words are held together
            assertThat(heading.getText()).endsWith("của Chủ\u00A0tịch\u00A0Ủy\u00A0ban\u00A0nhân\u00A0dân\u00A0Quận\u00A01)");
        }
        Nomination none = approved("Giấy khen");
        out = docs.writeDecision(none.id(), new DocumentMeta(241, TestDb.TODAY, false), null, dir.resolve("qd2.docx"));
        try (XWPFDocument d = read(out)) {
            assertThat(all(d)).contains("(có danh sách kèm theo) đã có thành tích xuất sắc trong thực hiện các phong trào "
                    + "thi đua năm 2026.").doesNotContain("phong trào thi đua.");
        }
    }

    @Test
    void aSubmissionWithoutANumberIsCitedByItsDateSaidOnce() throws Exception {
        Nomination n = approved("Giấy khen", null);
        Path out = docs.writeDecision(n.id(), new DocumentMeta(5, TestDb.TODAY, false), null, dir.resolve("qd.docx"));
        try (XWPFDocument d = read(out)) {
            assertThat(all(d)).contains("Xét đề nghị của Trường Mầm non Tân Định tại Tờ trình ngày 23 tháng 11 năm 2026")
                    .doesNotContain("ngày ngày");
        }
    }

    @Test
    void recordingTheDecisionCommendsThoseListed() {
        Nomination n = approved("Lao động tiên tiến");
        council(n);
        Nomination decided = docs.record(n.id(), new DocumentMeta(231, TestDb.TODAY, false));
        assertThat(decided.status()).isEqualTo(NominationStatus.DECIDED);
        assertThat(decided.decisionNumber()).isEqualTo("231/QĐ-UBND");
        assertThat(t.awards.ofExemplar(people.get(0).id())).extracting(Commendation::decisionNumber)
                .containsExactly("231/QĐ-UBND");
        assertThat(t.awards.ofExemplar(people.get(2).id())).isEmpty();
    }

    @Test
    void theWindowsExportWritesTheMinutesAndTheDecisionAsRecorded() throws Exception {
        Nomination n = approved("Lao động tiên tiến");
        council(n);
        docs.record(n.id(), new DocumentMeta(231, TestDb.TODAY, false));
        List<Path> files = docs.export(n.id(), TestDb.TODAY.plusDays(5), dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("BienBan-HoiDong-DeNghi-" + n.id() + ".docx", "QuyetDinh-DeNghi-" + n.id() + ".docx");
        try (XWPFDocument d = read(files.get(1))) {
            assertThat(all(d)).contains("Số: 231/QĐ-UBND", "Quận 1, ngày 23 tháng 11 năm 2026");
        }
        Nomination plain = approved("Giấy khen");
        assertThat(docs.fileNames(plain.id())).containsExactly("QuyetDinh-DeNghi-" + plain.id() + ".docx");

        // printed again from the command line: its own number and date, never a second decision
        Path again = docs.writeDecision(n.id(), DocumentMeta.dated(TestDb.TODAY.plusDays(9)), null, dir.resolve("lai.docx"));
        try (XWPFDocument d = read(again)) {
            assertThat(all(d)).contains("Số: 231/QĐ-UBND", "Quận 1, ngày 23 tháng 11 năm 2026");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> docs.writeDecision(n.id(),
                new DocumentMeta(240, TestDb.TODAY, false), null, dir.resolve("moi.docx")))
                .isInstanceOf(vn.dienhinh.util.UserException.class)
                .hasMessageContaining("đã có Quyết định số 231/QĐ-UBND ngày 23/11/2026")
                .hasMessageContaining("số 240");
        assertThat(dir.resolve("moi.docx")).doesNotExist();
    }

    @Test
    void oneMeetingsMinutesCoverEachOfItsNominations() throws Exception {
        Nomination titles = approved("Lao động tiên tiến");
        Nomination certificates = approved("Giấy khen");
        List<CouncilMember> members = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            members.add(new CouncilMember("Thành viên " + i, "", true));
        }
        List<CouncilVote> cast = new ArrayList<>();
        titles.nominees().forEach(ne -> cast.add(new CouncilVote(ne.id(), 5, 0, true, null)));
        certificates.nominees().forEach(ne -> cast.add(new CouncilVote(ne.id(), 2, 3, false, null)));
        t.council.hold(new CouncilMeeting(null, TestDb.TODAY.atTime(9, 0), "Hội trường", "Thành viên 1", "Thành viên 2",
                null, CouncilThreshold.DEFAULT, List.of(titles.id(), certificates.id()), members, cast));
        Path out = docs.writeMinutes(certificates.id(), 4, dir.resolve("two.docx"));
        try (XWPFDocument d = read(out)) {
            String text = all(d);
            assertThat(text).contains("Số: 04/BB-HĐTĐKT",
                    "- Đề nghị tặng danh hiệu “Lao động tiên tiến” (03 trường hợp) do Trường Mầm non Tân Định đề nghị;",
                    "- Đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân Quận 1 (03 trường hợp) do Trường Mầm non Tân Định đề nghị.",
                    "Không đề nghị khen thưởng đối với 03 trường hợp");
            XWPFTable votes = d.getTables().stream().filter(tb -> tb.getRow(0).getTableCells().size() == 6)
                    .findFirst().orElseThrow();
            assertThat(votes.getRows()).hasSize(7);
        }
        assertThat(docs.decision(titles.id(), null).lines()).hasSize(3);
        assertThatThrownBy(() -> docs.decision(certificates.id(), null)).hasMessageContaining("không còn ai");
    }

    @Test
    void aNominationWithoutACouncilHasNoMinutes() {
        Nomination n = approved("Giấy khen");
        assertThatThrownBy(() -> docs.writeMinutes(n.id(), null, dir.resolve("x.docx")))
                .hasMessageContaining("chưa được Hội đồng xét");
        assertThat(Files.exists(dir.resolve("x.docx"))).isFalse();
    }
}
