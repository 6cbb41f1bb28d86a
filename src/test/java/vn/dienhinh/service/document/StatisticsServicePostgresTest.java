package vn.dienhinh.service.document;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.dienhinh.testutil.OnPostgres;

/** StatisticsServiceTest on a shared registry on PostgreSQL. */
@ExtendWith(OnPostgres.class)
class StatisticsServicePostgresTest extends StatisticsServiceTest {
}
