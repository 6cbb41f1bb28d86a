package vn.dienhinh.testutil;

import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.household;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.time.LocalDate;
import java.util.List;
import vn.dienhinh.model.Activity;
import vn.dienhinh.model.ActivityForm;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignKind;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Phase;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.model.ScopeEntry;
import vn.dienhinh.model.Unit;

/**
 * A small office year for document tests: three wards and a school owing one exemplar per field
 * (health, education) per quarter under a launched "Người tốt, việc tốt" campaign with two phases;
 * exemplars found in 2026; introductions and propaganda in Q2 and Q3 2026.
 */
public final class ReportFixtures {

    public static final long HEALTH = 6;
    public static final long EDUCATION = 7;
    public static final long SOCIAL = 13;
    public static final Quarter Q2 = new Quarter(2026, 2);
    public static final Quarter Q3 = new Quarter(2026, 3);

    public final Unit benNghe;
    public final Unit daKao;
    public final Unit tanDinh;
    public final Unit school;
    public final Campaign campaign;
    public final Exemplar an;
    public final Exemplar tram;
    public final Exemplar hoa;

    public ReportFixtures(TestDb t) {
        t.office.save(OfficeProfile.example());
        benNghe = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        daKao = t.catalog.saveUnit(Unit.named("Phường Đa Kao", "Phường"));
        tanDinh = t.catalog.saveUnit(Unit.named("Phường Tân Định", "Phường"));
        school = t.catalog.saveUnit(Unit.named("Trường Tiểu học Trần Hưng Đạo", "Trường học"));
        an = t.registry.save(person("Nguyễn Văn An", 1980).unitId(benNghe.id()).fieldIds(List.of(HEALTH))
                .foundOn(LocalDate.of(2026, 7, 14)).summary("Bác sĩ trạm y tế, khám miễn phí cho 300 người cao tuổi").build());
        tram = t.registry.save(collective("Trạm Y tế phường Đa Kao").unitId(daKao.id()).fieldIds(List.of(HEALTH))
                .foundOn(LocalDate.of(2026, 8, 2)).build());
        hoa = t.registry.save(person("Đặng Thị Hoa", 1975).unitId(benNghe.id()).fieldIds(List.of(EDUCATION, SOCIAL))
                .foundOn(LocalDate.of(2026, 9, 3)).summary("Giáo viên mở lớp học tình thương cho trẻ khó khăn").build());
        Exemplar lan = t.registry.save(household("Hộ ông Lê Văn Lân").unitId(tanDinh.id()).fieldIds(List.of(SOCIAL))
                .foundOn(LocalDate.of(2026, 5, 20)).build());
        Exemplar binh = t.registry.save(person("Trần Thị Bình", 1990).unitId(school.id()).fieldIds(List.of(EDUCATION))
                .foundOn(LocalDate.of(2026, 4, 11)).build());
        campaign = t.campaigns.save(new Campaign(null, "Người tốt, việc tốt", CampaignKind.REGULAR, "124/KH-UBND",
                LocalDate.of(2026, 1, 5), "Ủy ban nhân dân Quận 1",
                List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ"),
                2026, 2026, "- Kịp thời phát hiện, biểu dương các gương người tốt, việc tốt.",
                "- Việc phát hiện, lựa chọn bảo đảm khách quan, đúng đối tượng.", null,
                "- Tập thể đoàn kết, có nhiều việc tốt giúp đỡ cộng đồng.",
                "- Cá nhân có hành động đẹp, việc làm tốt được mọi người ghi nhận.", null, QuotaMode.PER_FIELD, 1,
                CampaignStatus.LAUNCHED, null,
                List.of(new Phase(null, "Giai đoạn 1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 3, 3, 0,
                                "Xây dựng và ban hành kế hoạch\nLựa chọn các tập thể, cá nhân để bồi dưỡng"),
                        new Phase(null, "Giai đoạn 2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), 2, 2, 0, null)),
                List.of(new ScopeEntry(benNghe.id(), null), new ScopeEntry(daKao.id(), null),
                        new ScopeEntry(tanDinh.id(), null)),
                List.of(new ScopeEntry(HEALTH, null), new ScopeEntry(EDUCATION, null))));
        t.campaigns.link(campaign.id(), an.id(), LocalDate.of(2026, 7, 20));
        t.campaigns.link(campaign.id(), tram.id(), LocalDate.of(2026, 8, 20));
        give(t, benNghe, an, HEALTH, Q3, LocalDate.of(2026, 7, 20));
        give(t, benNghe, hoa, EDUCATION, Q3, LocalDate.of(2026, 9, 10));
        give(t, daKao, tram, HEALTH, Q3, LocalDate.of(2026, 8, 25));
        give(t, tanDinh, lan, SOCIAL, Q2, LocalDate.of(2026, 6, 1));
        give(t, school, binh, EDUCATION, Q2, LocalDate.of(2026, 5, 2));
        t.activities.save(new Activity(null, ActivityForm.PORTAL_ARTICLE, LocalDate.of(2026, 7, 25),
                "Bác sĩ Nguyễn Văn An: tận tụy với người cao tuổi", "https://quan1.hochiminhcity.gov.vn/tin/123",
                benNghe.id(), campaign.id(), null, List.of(an.id())));
        t.activities.save(new Activity(null, ActivityForm.LOUDSPEAKER, LocalDate.of(2026, 8, 30),
                "Giới thiệu gương người tốt, việc tốt trên loa phường", null, daKao.id(), null, null,
                List.of(an.id(), tram.id())));
        t.activities.save(new Activity(null, ActivityForm.FLAG_SALUTE, LocalDate.of(2026, 9, 7),
                "Kể chuyện gương điển hình tại lễ chào cờ đầu tuần", null, school.id(), null, null, List.of(hoa.id())));
        t.activities.save(new Activity(null, ActivityForm.SOCIAL_POST, LocalDate.of(2026, 4, 20),
                "Gương sáng hộ ông Lê Văn Lân", null, tanDinh.id(), null, null, List.of(lan.id())));
    }

    private static void give(TestDb t, Unit u, Exemplar e, long field, Quarter q, LocalDate on) {
        t.introductions.record(new Introduction(null, u.id(), e.id(), field, null, q, on, null, null, null));
    }
}
