package vn.dienhinh.ui.exemplar;

import vn.dienhinh.service.ActivityService;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.ChangeHistoryService;
import vn.dienhinh.service.IntroductionService;
import vn.dienhinh.service.RegistryService;

/** The services the exemplar screen reads and writes through. */
public record ExemplarServices(RegistryService registry, CatalogService catalog, IntroductionService introductions,
                               ActivityService activities, CampaignService campaigns, AwardService awards,
                               ChangeHistoryService history, vn.dienhinh.service.EligibilityService eligibility) {

    /** Without eligibility: no yearly results tab. */
    public ExemplarServices(RegistryService registry, CatalogService catalog, IntroductionService introductions,
                            ActivityService activities, CampaignService campaigns, AwardService awards,
                            ChangeHistoryService history) {
        this(registry, catalog, introductions, activities, campaigns, awards, history, null);
    }
}
