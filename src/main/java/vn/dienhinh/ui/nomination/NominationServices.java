package vn.dienhinh.ui.nomination;

import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.EligibilityService;
import vn.dienhinh.service.NominationService;
import vn.dienhinh.service.RegistryService;

/** The services the nomination screen reads and writes through; without eligibility, no verdicts or suggestions. */
public record NominationServices(NominationService nominations, AwardService awards, RegistryService registry,
                                 CatalogService catalog, EligibilityService eligibility) {

    public NominationServices(NominationService nominations, AwardService awards, RegistryService registry,
                              CatalogService catalog) {
        this(nominations, awards, registry, catalog, null);
    }
}
