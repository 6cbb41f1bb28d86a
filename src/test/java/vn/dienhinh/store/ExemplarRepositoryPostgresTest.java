package vn.dienhinh.store;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.dienhinh.testutil.OnPostgres;

/** The exemplar repository's tests on a shared registry on PostgreSQL. */
@ExtendWith(OnPostgres.class)
class ExemplarRepositoryPostgresTest extends ExemplarRepositoryTest {
}
