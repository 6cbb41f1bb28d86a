package vn.dienhinh.store;

import java.util.List;
import vn.dienhinh.model.ExemplarIdentity;

/** What an import needs to know of the registry beyond the catalogue: who is already in it. */
public final class ImportRepository {

    private final Database db;

    public ImportRepository(Database db) {
        this.db = db;
    }

    /** Every exemplar's name, birth year and unit name, for finding rows of a list already registered. */
    public List<ExemplarIdentity> identities() {
        return db.read(c -> Sql.list(c, "SELECT e.id, e.name, e.birth_year, u.name FROM exemplar e "
                + "LEFT JOIN unit u ON u.id = e.unit_id ORDER BY e.id", rs -> new ExemplarIdentity(rs.getLong(1),
                rs.getString(2), Sql.integer(rs, "birth_year"), rs.getString(4))));
    }
}
