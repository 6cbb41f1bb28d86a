package vn.dienhinh.service;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.dienhinh.testutil.OnPostgres;

/** NominationServiceTest on a shared registry on PostgreSQL. */
@ExtendWith(OnPostgres.class)
class NominationServicePostgresTest extends NominationServiceTest {

    /** Not here: it makes the write fail with an SQLite trigger; the transaction it checks is the same code. */
    @Override
    void aFailingDecisionLeavesNoCommendationAndTheNominationApproved() {
    }
}
