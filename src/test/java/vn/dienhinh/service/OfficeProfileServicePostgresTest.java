package vn.dienhinh.service;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.dienhinh.testutil.OnPostgres;

/** OfficeProfileServiceTest on a shared registry on PostgreSQL. */
@ExtendWith(OnPostgres.class)
class OfficeProfileServicePostgresTest extends OfficeProfileServiceTest {
}
