package vn.dienhinh.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.dienhinh.model.Field;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.util.UserException;

/**
 * Loads a realistic Vietnamese demo registry into an empty database: the clusters and unit tree of
 * a district office (see {@link DemoCatalog}) and {@code count} exemplars with their deeds,
 * lifecycle and evaluations. The same count always gives the same data (seeded random; dates
 * relative to the clock). Everything is written in one transaction, in batches, so a failure
 * leaves the database as it was and memory stays flat for 100 000 exemplars.
 */
public final class DemoDataService {

    /** Fixed so that every load of the same count gives the same registry. */
    static final long SEED = 20_230_922L; // the date of seed 000, Kế hoạch 335/KH-UBND of Quận 1

    /** The services the rest of the demo (campaigns, commendations, the office profile) goes through. */
    public record Parts(CampaignService campaigns, IntroductionService introductions, ActivityService activities,
                        CatalogService catalog, RegistryService registry, AwardService awards,
                        NominationService nominations, OfficeProfileService office, CouncilService council,
                        EligibilityService eligibility) {

        /** Without eligibility: the demo gets no yearly results. */
        public Parts(CampaignService campaigns, IntroductionService introductions, ActivityService activities,
                     CatalogService catalog, RegistryService registry, AwardService awards,
                     NominationService nominations, OfficeProfileService office, CouncilService council) {
            this(campaigns, introductions, activities, catalog, registry, awards, nominations, office, council, null);
        }

        /** Without a council: no nomination of the demo goes through one. */
        public Parts(CampaignService campaigns, IntroductionService introductions, ActivityService activities,
                     CatalogService catalog, RegistryService registry, AwardService awards,
                     NominationService nominations, OfficeProfileService office) {
            this(campaigns, introductions, activities, catalog, registry, awards, nominations, office, null, null);
        }
    }

    private final CatalogRepository catalog;
    private final ExemplarRepository exemplars;
    private final Clock clock;
    private final Parts parts;

    public DemoDataService(CatalogRepository catalog, ExemplarRepository exemplars, Clock clock, Parts parts) {
        this.catalog = catalog;
        this.exemplars = exemplars;
        this.clock = clock;
        this.parts = parts;
    }

    /**
     * How much of the rest the registry gets, in proportion to its exemplars: 1 up to 1 999
     * exemplars (ten wards owe introductions, a few activities a quarter, the honoured commended),
     * then one more for every thousand (at 100 000: every unit that proposes owes introductions, some
     * 450 activities a quarter, tens of thousands of commendations).
     */
    static int scale(int count) {
        return Math.max(1, count / 1000);
    }

    /**
     * Loads {@code count} exemplars with their units, deeds, history and evaluations, then the
     * campaigns, two years of quarterly introductions, propaganda activities and commendations, in
     * proportion ({@link #scale}); returns how many exemplars.
     *
     * @throws UserException {@code demo.notEmpty} when the registry already has exemplars
     */
    public int load(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        LocalDate today = LocalDate.now(clock);
        List<Field> fields = catalog.fields();
        int loaded = exemplars.bulkLoad(w -> {
            long existing = w.exemplarCount();
            if (existing > 0) {
                throw new UserException("demo.notEmpty", exemplars.databaseFile(), existing);
            }
            Random r = new Random(SEED);
            DemoExemplars maker = new DemoExemplars(r, DemoCatalog.write(w, r, today), fields, today,
                    count <= DemoExemplars.ORGANISATIONS);
            for (int i = 0; i < count; i++) {
                w.add(maker.next());
            }
            return count;
        });
        Parts c = parts;
        if (c.office().isEmpty()) {
            // so the demo's documents come out filled in, its letters drafted by the Phòng Nội vụ ("03/UBND-NV")
            vn.dienhinh.model.OfficeProfile e = vn.dienhinh.model.OfficeProfile.example();
            c.office().save(new vn.dienhinh.model.OfficeProfile(e.parentAgency(), e.agency(), e.place(), e.symbol(),
                    e.signerName(), e.signerTitle(), e.onBehalfOf(), e.authority(), e.principalTitle(),
                    e.defaultRecipients(), "NV"));
            c.office().saveHierarchy(vn.dienhinh.model.OfficeHierarchy.example());
        }
        signers(c.catalog(), new Random(SEED + 3));
        int scale = scale(count);
        new DemoCampaigns(c.campaigns(), c.introductions(), c.activities(), c.catalog(), c.registry())
                .load(new Random(SEED + 1), scale);
        new DemoAwards(c.awards(), c.nominations(), c.registry(), c.council(), c.catalog()).load(new Random(SEED + 2), scale);
        if (c.eligibility() != null) {
            new DemoEligibility(c.registry(), c.awards(), c.eligibility(), c.catalog()).load();
        }
        exemplars.releaseFreePages();
        return loaded;
    }

    /** The wards sign their own tờ trình: each gets its letterhead and a chairman. */
    private static void signers(CatalogService catalog, Random r) {
        String[] heads = {"Lê Văn Tám", "Trần Thị Mai", "Nguyễn Hữu Phước", "Phạm Minh Tuấn", "Võ Thị Ngọc Hà",
            "Đỗ Quang Vinh", "Huỳnh Thanh Sơn", "Bùi Thị Thu", "Hồ Văn Lợi", "Ngô Thị Kim Liên"};
        for (vn.dienhinh.model.Unit u : catalog.units()) {
            if (u.name().startsWith("Phường ") && !catalog.unitSigner(u.id()).complete()) {
                String place = u.name().substring("Phường ".length());
                catalog.saveUnitSigner(new vn.dienhinh.model.UnitSigner(u.id(), "ỦY BAN NHÂN DÂN "
                        + vn.dienhinh.util.VietnameseText.upper(u.name()), place, "UBND", heads[r.nextInt(heads.length)],
                        "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"));
            }
        }
    }
}
