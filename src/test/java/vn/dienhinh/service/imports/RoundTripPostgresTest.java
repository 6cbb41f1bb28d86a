package vn.dienhinh.service.imports;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.dienhinh.testutil.OnPostgres;

/** RoundTripTest on a shared registry on PostgreSQL. */
@ExtendWith(OnPostgres.class)
class RoundTripPostgresTest extends RoundTripTest {
}
