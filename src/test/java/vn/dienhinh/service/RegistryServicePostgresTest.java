package vn.dienhinh.service;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.dienhinh.testutil.OnPostgres;

/** RegistryServiceTest on a shared registry on PostgreSQL. */
@ExtendWith(OnPostgres.class)
class RegistryServicePostgresTest extends RegistryServiceTest {
}
