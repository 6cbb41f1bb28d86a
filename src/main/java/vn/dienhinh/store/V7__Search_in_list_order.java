package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 7: the search index in list order. Adds {@code exemplar_order} (each exemplar's place in the
 * list, see {@link ListOrder}) and rebuilds {@code exemplar_fts} keyed by that place, with marked
 * who-and-where words and without the full account (see {@link SearchIndex}). Java, because the
 * index text is folded the way the program folds it.
 */
public final class V7__Search_in_list_order extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE exemplar_order (exemplar_id INTEGER PRIMARY KEY REFERENCES exemplar (id) "
                    + "ON DELETE CASCADE, pos INTEGER NOT NULL UNIQUE)");
            st.execute("DROP TABLE exemplar_fts");
            st.execute(SearchIndex.CREATE);
        }
        long n = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT e.id, e.name, e.head_name, u.name, e.summary, "
                + "e.new_model, e.position, e.workplace FROM exemplar e LEFT JOIN unit u ON u.id = e.unit_id "
                + "ORDER BY e.sort_key, e.id");
             PreparedStatement order = c.prepareStatement("INSERT INTO exemplar_order (exemplar_id, pos) VALUES (?, ?)");
             PreparedStatement fts = c.prepareStatement(SearchIndex.INSERT);
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                long pos = ++n * ListOrder.GAP;
                order.setLong(1, rs.getLong(1));
                order.setLong(2, pos);
                order.addBatch();
                Sql.bind(fts, SearchIndex.values(pos, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                fts.addBatch();
                if (n % 1000 == 0) {
                    order.executeBatch();
                    fts.executeBatch();
                }
            }
            order.executeBatch();
            fts.executeBatch();
        }
        if (n > 0) {
            SearchIndex.optimize(c);
        }
    }
}
