package vn.dienhinh.store;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.dienhinh.testutil.OnPostgres;

/** BulkWriterTest on a shared registry on PostgreSQL. */
@ExtendWith(OnPostgres.class)
class BulkWriterPostgresTest extends BulkWriterTest {
}
