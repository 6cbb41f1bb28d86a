package vn.dienhinh.service.document;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.dienhinh.testutil.OnPostgres;

/** ReminderServiceTest on a shared registry on PostgreSQL. */
@ExtendWith(OnPostgres.class)
class ReminderServicePostgresTest extends ReminderServiceTest {
}
