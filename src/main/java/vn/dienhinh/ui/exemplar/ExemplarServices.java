package vn.dienhinh.ui.exemplar;

import vn.dienhinh.service.ActivityService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.ChangeHistoryService;
import vn.dienhinh.service.IntroductionService;
import vn.dienhinh.service.RegistryService;

/** The services the exemplar screen reads and writes through; {@code history} may be null (no history tab). */
public record ExemplarServices(RegistryService registry, CatalogService catalog, IntroductionService introductions,
                               ActivityService activities, CampaignService campaigns, ChangeHistoryService history) {

    public ExemplarServices(RegistryService registry, CatalogService catalog, IntroductionService introductions,
                            ActivityService activities, CampaignService campaigns) {
        this(registry, catalog, introductions, activities, campaigns, null);
    }
}
