package vn.dienhinh.service.document;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.dienhinh.testutil.OnPostgres;

/** QuarterlyReportServiceTest on a shared registry on PostgreSQL. */
@ExtendWith(OnPostgres.class)
class QuarterlyReportServicePostgresTest extends QuarterlyReportServiceTest {
}
