package vn.dienhinh.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.dienhinh.model.Activity;
import vn.dienhinh.model.ActivityForm;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignKind;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.Phase;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.model.ScopeEntry;
import vn.dienhinh.model.Unit;

/**
 * The demo's campaigns (the "Người tốt, việc tốt" plan of seed 003, the culture campaign of seed
 * 004 with its two phases, a quarterly-quota propaganda plan after seed 000, a short drive whose
 * phase ends soon with targets unmet), two years of quarterly introductions with gaps, and
 * propaganda activities. Runs through the services, so every rule holds for the demo too.
 */
final class DemoCampaigns {

    /** Fields of the demo quota: Xây dựng Đảng…, Y tế, GD&ĐT, An sinh xã hội. */
    private static final List<Long> QUOTA_FIELDS = List.of(1L, 6L, 7L, 13L);

    private final CampaignService campaigns;
    private final IntroductionService introductions;
    private final ActivityService activities;
    private final CatalogService catalog;
    private final RegistryService registry;
    private int scale = 1;

    DemoCampaigns(CampaignService campaigns, IntroductionService introductions, ActivityService activities,
                  CatalogService catalog, RegistryService registry) {
        this.campaigns = campaigns;
        this.introductions = introductions;
        this.activities = activities;
        this.catalog = catalog;
        this.registry = registry;
    }

    /** {@code scale}: see {@link DemoDataService#scale}. */
    void load(Random rnd, int scale) {
        this.scale = scale;
        LocalDate today = registry.today();
        int year = today.getYear();
        List<Unit> responsible = responsible(scale);

        Campaign goodDeeds = campaigns.save(new Campaign(null, "Người tốt, việc tốt", CampaignKind.REGULAR, "124/KH-UBND",
                LocalDate.of(year, 4, 21), "Ủy ban nhân dân Quận 1",
                List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                        "Căn cứ Quyết định số 02/2018/QĐ-UBND ngày 16/01/2018 của UBND thành phố về Quy chế xét tặng "
                                + "danh hiệu “Người tốt, việc tốt”"),
                year, year, "Kịp thời phát hiện, biểu dương, tôn vinh các gương người tốt, việc tốt trên các lĩnh vực "
                + "công tác, học tập, lao động sản xuất và đời sống xã hội.", "Việc phát hiện, lựa chọn phải chính xác, "
                + "khách quan; ưu tiên người lao động trực tiếp.", null, null,
                "Cá nhân có hành động dũng cảm, việc làm tốt, nghĩa cử cao đẹp được cộng đồng ghi nhận.",
                null, QuotaMode.NONE, 1, CampaignStatus.LAUNCHED, null,
                List.of(new Phase(null, "Năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 10, 0, 0, null)),
                List.of(), List.of()));
        Campaign culture = campaigns.save(new Campaign(null, "Toàn dân đoàn kết xây dựng đời sống văn hóa gắn với Cuộc vận "
                + "động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”", CampaignKind.THEMATIC, "32/KH-UBND",
                LocalDate.of(2021, 9, 10), "Ủy ban nhân dân phường",
                List.of("Thực hiện Kế hoạch số 586/KH-VHTT ngày 19/8/2021 của Phòng Văn hóa và Thông tin về xây dựng và "
                        + "nhân rộng điển hình tiên tiến giai đoạn 2021 – 2025"), 2021, 2025,
                "Phát hiện, lựa chọn những mô hình, gương điển hình tiên tiến có thành tích tiêu biểu, xuất sắc.",
                "Lựa chọn tập thể, cá nhân phải khách quan; chú trọng lao động trực tiếp.", null,
                "Tập thể đoàn kết, hoàn thành xuất sắc nhiệm vụ, là nhân tố tích cực dẫn đầu phong trào.",
                "Cá nhân gương mẫu chấp hành chủ trương của Đảng, chính sách pháp luật của Nhà nước.", null,
                QuotaMode.NONE, 1, CampaignStatus.FINAL_REVIEWED, null,
                List.of(new Phase(null, "Giai đoạn 1", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 30), 3, 3, 0, null),
                        new Phase(null, "Giai đoạn 2", LocalDate.of(2023, 7, 1), LocalDate.of(2025, 12, 31), 3, 3, 0, null)),
                List.of(), List.of()));
        Campaign propaganda = campaigns.save(new Campaign(null, "Tuyên truyền điển hình tiên tiến giai đoạn " + (year - 2)
                + " - " + (year + 2), CampaignKind.REGULAR, "335/KH-UBND", LocalDate.of(year - 2, 9, 22),
                "Ủy ban nhân dân Quận 1", List.of("Thực hiện Kế hoạch số 3954/KH-UBND ngày 15 tháng 8 năm " + (year - 2)
                + " của Ủy ban nhân dân Thành phố về tuyên truyền điển hình tiên tiến"), year - 2, year + 2,
                "Nâng cao nhận thức, trách nhiệm về công tác tuyên truyền các điển hình tiên tiến.", null, null, null, null,
                null, // the plan names the units given the quota and their tasks
                QuotaMode.PER_FIELD, 1, CampaignStatus.LAUNCHED, null, List.of(),
                responsible.stream().map(u -> new ScopeEntry(u.id(), null)).toList(),
                QUOTA_FIELDS.stream().map(f -> new ScopeEntry(f, null)).toList()));
        Campaign drive = campaigns.save(new Campaign(null, "Chung tay vì người nghèo – Không để ai bị bỏ lại phía sau, "
                + "đợt cao điểm năm " + year, CampaignKind.PERIODIC, null, null, "Ủy ban MTTQ quận", List.of(), year, year,
                null, null, null, null, null, null, QuotaMode.NONE, 1, CampaignStatus.LAUNCHED, null,
                List.of(new Phase(null, "Đợt cao điểm", today.minusMonths(2), today.plusDays(25), 2, 3, 2, null)),
                List.of(), List.of()));

        linkSome(culture.id(), ExemplarKind.COLLECTIVE, 4, LocalDate.of(2022, 3, 1), rnd);
        linkSome(culture.id(), ExemplarKind.INDIVIDUAL, 3, LocalDate.of(2022, 5, 1), rnd);
        linkSome(culture.id(), ExemplarKind.COLLECTIVE, 2, LocalDate.of(2024, 4, 1), rnd);
        linkSome(culture.id(), ExemplarKind.INDIVIDUAL, 4, LocalDate.of(2024, 6, 1), rnd);
        linkSome(goodDeeds.id(), ExemplarKind.INDIVIDUAL, 7, today.minusMonths(3), rnd);
        linkSome(drive.id(), ExemplarKind.HOUSEHOLD, 1, today.minusDays(20), rnd);
        linkSome(drive.id(), ExemplarKind.INDIVIDUAL, 2, today.minusDays(10), rnd);

        introduce(propaganda, responsible, Quarter.of(today), rnd);
        activities(propaganda.id(), responsible, Quarter.of(today), rnd);
    }

    /**
     * The units that owe introductions: the wards, and in a larger registry (ten more per step of
     * scale) the other units that propose exemplars, khu phố before tổ dân phố.
     */
    private List<Unit> responsible(int scale) {
        List<Unit> all = catalog.units();
        List<Unit> wards = all.stream().filter(u -> u.parentId() == null && "Phường".equals(u.type())).toList();
        if (wards.isEmpty()) {
            return all.stream().filter(u -> u.parentId() == null).limit(8).toList();
        }
        List<Unit> out = new ArrayList<>(wards);
        for (String type : new String[]{"Trạm y tế", "Trường học", "Phòng ban", "Đoàn thể", "Khu phố", "Doanh nghiệp"}) {
            all.stream().filter(u -> type.equals(u.type())).forEach(out::add);
        }
        return out.subList(0, Math.min(out.size(), 10 * scale));
    }

    private void linkSome(long campaignId, ExemplarKind kind, int n, LocalDate on, Random rnd) {
        List<ExemplarRow> rows = registry.page(ExemplarFilter.ALL.withKind(kind), rnd.nextInt(20), 60);
        for (int i = 0; i < Math.min(n, rows.size()); i++) {
            campaigns.link(campaignId, rows.get((i * 7 + rnd.nextInt(5)) % rows.size()).id(), on);
        }
    }

    /** Eight quarters of introductions: most cells filled in past quarters, fewer in the current one. */
    private void introduce(Campaign c, List<Unit> units, Quarter now, Random rnd) {
        // each unit's candidates per quota field (or any of its own when it has none there), looked up once
        Map<Long, List<List<ExemplarRow>>> pools = new HashMap<>();
        for (Unit u : units) {
            List<ExemplarRow> own = registry.page(ExemplarFilter.ALL.withUnit(u.id()), 0, 40);
            List<List<ExemplarRow>> perField = new ArrayList<>();
            for (Long f : QUOTA_FIELDS) {
                List<ExemplarRow> inField = registry.page(ExemplarFilter.ALL.withUnit(u.id()).withField(f), 0, 10);
                perField.add(inField.isEmpty() ? own : inField);
            }
            pools.put(u.id(), perField);
        }
        Quarter q = now;
        for (int i = 0; i < 7; i++) {
            q = q.previous();
        }
        for (; q.compareTo(now) <= 0; q = q.next()) {
            if (!c.covers(q)) {
                continue;
            }
            double fill = q.equals(now) ? 0.45 : 0.8;
            List<Introduction> batch = new ArrayList<>();
            for (Unit u : units) {
                for (int n = 0; n < QUOTA_FIELDS.size(); n++) {
                    List<ExemplarRow> pool = pools.get(u.id()).get(n);
                    if (pool.isEmpty() || rnd.nextDouble() > fill) {
                        continue; // a gap: the unit has not sent this one
                    }
                    ExemplarRow e = pool.get(rnd.nextInt(pool.size()));
                    LocalDate received = q.end().minusDays(rnd.nextInt(40));
                    if (received.isAfter(registry.today())) {
                        received = registry.today().minusDays(rnd.nextInt(10));
                    }
                    batch.add(new Introduction(null, u.id(), e.id(), QUOTA_FIELDS.get(n), c.id(), q, received, null,
                            null, null));
                }
            }
            introductions.recordAll(batch);
        }
    }

    private void activities(long campaignId, List<Unit> units, Quarter now, Random rnd) {
        String[] titles = {"Gương sáng giữa đời thường: %s", "Lan tỏa mô hình hay từ %s", "Tọa đàm học tập điển hình "
            + "tiên tiến cùng %s", "Chuyên mục “Người tốt quanh ta”: %s", "Giới thiệu cách làm hay của %s"};
        Quarter q = now;
        for (int i = 0; i < 8; i++, q = q.previous()) {
            int count = (3 + rnd.nextInt(4)) * scale;
            for (int k = 0; k < count; k++) {
                List<ExemplarRow> some = registry.page(ExemplarFilter.ALL, rnd.nextInt(200 * scale), 1 + rnd.nextInt(3));
                if (some.isEmpty()) {
                    return;
                }
                LocalDate held = q.start().plusDays(rnd.nextInt(85));
                if (held.isAfter(registry.today())) {
                    held = registry.today().minusDays(rnd.nextInt(20));
                }
                ActivityForm form = ActivityForm.values()[rnd.nextInt(ActivityForm.values().length)];
                String link = form == ActivityForm.PORTAL_ARTICLE || form == ActivityForm.SOCIAL_POST
                        ? "https://trangtin.example.gov.vn/tin-tuc/" + (10_000 + rnd.nextInt(90_000)) : null;
                Unit u = units.isEmpty() ? null : units.get(rnd.nextInt(units.size()));
                activities.save(new Activity(null, form, held, String.format(titles[rnd.nextInt(titles.length)],
                        some.get(0).name()), link, u == null ? null : u.id(), campaignId, null,
                        some.stream().map(ExemplarRow::id).toList()));
            }
        }
    }
}
