package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.dienhinh.model.Cluster;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Unit;
import vn.dienhinh.util.VietnameseText;

/** Units (a tree), clusters and fields: the catalogues exemplars point into. */
public final class CatalogRepository {

    private static final String UNIT_COLS = "id, parent_id, name, type, cluster_id, contact_name, contact_phone, "
            + "contact_email, active_from, active, note";

    private final Database db;

    public CatalogRepository(Database db) {
        this.db = db;
    }

    // ---- units ----

    public List<Unit> units() {
        return db.read(c -> Sql.list(c, "SELECT " + UNIT_COLS + " FROM unit ORDER BY sort_key, id", CatalogRepository::unit));
    }

    public Unit unit(long id) {
        return db.read(c -> Sql.one(c, "SELECT " + UNIT_COLS + " FROM unit WHERE id = ?", CatalogRepository::unit, id));
    }

    /** The unit whose name folds to the same text as {@code name} (case and diacritics ignored), if any. */
    public Unit unitByName(String name) {
        return db.read(c -> Sql.one(c, "SELECT " + UNIT_COLS + " FROM unit WHERE name_fold = ? ORDER BY id LIMIT 1",
                CatalogRepository::unit, VietnameseText.fold(VietnameseText.clean(name))));
    }

    public Unit insertUnit(Unit u) {
        return db.inTransaction(c -> u.withId(insertUnit(c, u)));
    }

    static long insertUnit(Connection c, Unit u) throws SQLException {
        return Sql.insert(c, "INSERT INTO unit (parent_id, name, type, cluster_id, contact_name, contact_phone, "
                        + "contact_email, active_from, active, note, sort_key, name_fold) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                u.parentId(), u.name(), u.type(), u.clusterId(), u.contactName(), u.contactPhone(), u.contactEmail(),
                u.activeFrom(), u.active(), u.note(), VietnameseText.sortKey(u.name()), VietnameseText.fold(u.name()));
    }

    /** Saves the unit; its exemplars' search entries follow a change of name. */
    public void updateUnit(Unit u) {
        db.inTransaction(c -> {
            Sql.update(c, "UPDATE unit SET parent_id=?, name=?, type=?, cluster_id=?, contact_name=?, contact_phone=?, "
                            + "contact_email=?, active_from=?, active=?, note=?, sort_key=?, name_fold=? WHERE id=?",
                    u.parentId(), u.name(), u.type(), u.clusterId(), u.contactName(), u.contactPhone(),
                    u.contactEmail(), u.activeFrom(), u.active(), u.note(), VietnameseText.sortKey(u.name()),
                    VietnameseText.fold(u.name()), u.id());
            SearchIndex.renameUnit(c, u.id(), u.name());
            return null;
        });
    }

    public long exemplarsOfUnit(long unitId) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM exemplar WHERE unit_id = ?", unitId));
    }

    public long introductionsOfUnit(long unitId) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM introduction WHERE unit_id = ?", unitId));
    }

    public long childrenOfUnit(long unitId) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM unit WHERE parent_id = ?", unitId));
    }

    /**
     * Deletes a unit, first moving its exemplars to {@code moveTo} (null: they keep no unit) and its
     * child units up to its parent. One transaction.
     */
    public void deleteUnit(long unitId, Long moveTo) {
        db.inTransaction(c -> {
            Sql.update(c, "UPDATE exemplar SET unit_id = ? WHERE unit_id = ?", moveTo, unitId);
            if (moveTo != null) {
                Sql.update(c, "UPDATE introduction SET unit_id = ? WHERE unit_id = ?", moveTo, unitId);
            }
            String unitName = moveTo == null ? "" : Sql.one(c, "SELECT name FROM unit WHERE id = ?",
                    rs -> rs.getString(1), moveTo);
            SearchIndex.renameUnit(c, moveTo, unitName);
            Sql.update(c, "UPDATE unit SET parent_id = (SELECT parent_id FROM unit WHERE id = ?) WHERE parent_id = ?",
                    unitId, unitId);
            Sql.update(c, "DELETE FROM unit WHERE id = ?", unitId);
            return null;
        });
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        return new Unit(rs.getLong("id"), Sql.id(rs, "parent_id"), rs.getString("name"), rs.getString("type"),
                Sql.id(rs, "cluster_id"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getString("contact_email"), Sql.date(rs, "active_from"), rs.getInt("active") != 0,
                rs.getString("note"));
    }

    // ---- clusters ----

    public List<Cluster> clusters() {
        return db.read(c -> Sql.list(c, "SELECT id, name FROM cluster ORDER BY name",
                rs -> new Cluster(rs.getLong(1), rs.getString(2))));
    }

    public Cluster insertCluster(String name) {
        return db.inTransaction(c -> new Cluster(insertCluster(c, name), name));
    }

    static long insertCluster(Connection c, String name) throws SQLException {
        return Sql.insert(c, "INSERT INTO cluster (name) VALUES (?)", name);
    }

    // ---- fields ----

    public List<Field> fields() {
        return db.read(c -> Sql.list(c, "SELECT * FROM field ORDER BY sort_order, id", CatalogRepository::field));
    }

    public Field field(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM field WHERE id = ?", CatalogRepository::field, id));
    }

    public Field fieldByName(String name) {
        String f = VietnameseText.fold(VietnameseText.clean(name));
        return db.read(c -> Sql.one(c, "SELECT * FROM field WHERE name_fold = ? OR lower(short_name) = lower(?) "
                + "ORDER BY id LIMIT 1", CatalogRepository::field, f, VietnameseText.clean(name)));
    }

    public Field insertField(Field f) {
        return db.inTransaction(c -> f.withId(Sql.insert(c,
                "INSERT INTO field (name, short_name, sort_order, active_from, active, name_fold) VALUES (?,?,?,?,?,?)",
                f.name(), f.shortName(), f.sortOrder(), f.activeFrom(), f.active(), VietnameseText.fold(f.name()))));
    }

    public void updateField(Field f) {
        db.inTransaction(c -> Sql.update(c, "UPDATE field SET name=?, short_name=?, sort_order=?, active_from=?, active=?, "
                        + "name_fold=? WHERE id=?", f.name(), f.shortName(), f.sortOrder(), f.activeFrom(), f.active(),
                VietnameseText.fold(f.name()), f.id()));
    }

    public long exemplarsOfField(long fieldId) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM exemplar_field WHERE field_id = ?", fieldId));
    }

    /** Deletes a field, first moving its exemplars to {@code moveTo} (null: they just lose it). One transaction. */
    public void deleteField(long fieldId, Long moveTo) {
        db.inTransaction(c -> {
            if (moveTo != null) {
                Sql.update(c, "INSERT INTO exemplar_field (exemplar_id, field_id) "
                        + "SELECT exemplar_id, CAST(? AS bigint) FROM exemplar_field WHERE field_id = ? ON CONFLICT DO NOTHING", moveTo, fieldId);
            }
            Sql.update(c, "DELETE FROM exemplar_field WHERE field_id = ?", fieldId);
            Sql.update(c, "DELETE FROM field WHERE id = ?", fieldId);
            return null;
        });
    }

    private static Field field(ResultSet rs) throws SQLException {
        return new Field(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"), rs.getInt("sort_order"),
                Sql.date(rs, "active_from"), rs.getInt("active") != 0);
    }

    /** How a unit signs; all blank when it was never set. */
    public vn.dienhinh.model.UnitSigner unitSigner(long unitId) {
        vn.dienhinh.model.UnitSigner s = db.read(c -> Sql.one(c, "SELECT * FROM unit_signer WHERE unit_id = ?",
                rs -> new vn.dienhinh.model.UnitSigner(unitId, rs.getString("formal_name"), rs.getString("place"),
                        rs.getString("symbol"), rs.getString("head_name"), rs.getString("head_title"),
                        rs.getString("on_behalf_of")), unitId));
        return s == null ? vn.dienhinh.model.UnitSigner.none(unitId) : s;
    }

    public void saveUnitSigner(vn.dienhinh.model.UnitSigner s) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO unit_signer (unit_id, formal_name, place, symbol, head_name, "
                + "head_title, on_behalf_of) VALUES (?,?,?,?,?,?,?) ON CONFLICT (unit_id) DO UPDATE SET "
                + "formal_name = excluded.formal_name, place = excluded.place, symbol = excluded.symbol, "
                + "head_name = excluded.head_name, head_title = excluded.head_title, on_behalf_of = excluded.on_behalf_of",
                s.unitId(), s.formalName(), s.place(), s.symbol(), s.headName(), s.headTitle(), s.onBehalfOf()));
    }
}
