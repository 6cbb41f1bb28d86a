package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import vn.dienhinh.model.Officer;
import vn.dienhinh.model.OfficerRole;
import vn.dienhinh.util.UserException;

/**
 * The officers of a shared registry ({@code app_user}), keyed by their server login. Who signs in is the
 * server's to check (each officer's own PostgreSQL login and password); this table says what they may see.
 */
public final class UserRepository {

    private static final Logger LOG = Logger.getLogger(UserRepository.class.getName());
    private static final String COLS = "login, full_name, role, unit_id, active";

    private final Database db;

    public UserRepository(Database db) {
        this.db = db;
    }

    /** Every officer, the office's first, then by login in natural order ("ha_2" before "ha_10"). */
    public List<Officer> all() {
        List<Officer> all = new java.util.ArrayList<>(db.read(c -> Sql.list(c, "SELECT " + COLS + " FROM app_user",
                UserRepository::officer)));
        all.sort(java.util.Comparator.comparing((Officer o) -> o.role() != vn.dienhinh.model.OfficerRole.OFFICE)
                .thenComparing(Officer::login, vn.dienhinh.util.VietnameseText.NATURAL));
        return all;
    }

    public Officer find(String login) {
        return db.read(c -> find(c, login));
    }

    public void insert(Officer o) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO app_user (" + COLS + ") VALUES (?,?,?,?,?)", o.login(),
                o.fullName(), o.role(), o.unitId(), o.active()));
    }

    /** Changes the officer's name, role, unit and whether they may sign in. */
    public void update(Officer o) {
        db.inTransaction(c -> Sql.update(c, "UPDATE app_user SET full_name = ?, role = ?, unit_id = ?, active = ? WHERE login = ?",
                o.fullName(), o.role(), o.unitId(), o.active(), o.login()));
    }

    /** True when the server has a login of that name (spelt exactly: the server tells upper and lower case apart). */
    public boolean serverHasLogin(String login) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin", login) > 0);
    }

    /** How many active office's officers there are (the last one may not be disabled or made a clerk). */
    public long activeOfficeOfficers() {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM app_user WHERE role = 'OFFICE' AND active = 1"));
    }

    /** The officer who signed in and whether they were just made the office's officer, being the first. */
    record SignedIn(Officer officer, boolean first) {
    }

    /**
     * The officer the server's login ({@code current_user}) is: refused ({@code user.notGranted}) when the
     * table has no row for it, or ({@code user.disabled}) when the row is disabled; when the table is empty,
     * the first to sign in becomes the office's officer (who then grants the others).
     */
    static SignedIn signIn(Database db) {
        return db.inTransaction(c -> {
            String login = Sql.one(c, "SELECT CAST(current_user AS text)", rs -> rs.getString(1));
            Officer o = find(c, login);
            boolean first = false;
            if (o == null) {
                if (Sql.count(c, "SELECT count(*) FROM app_user") > 0) {
                    throw new UserException("user.notGranted", login, db.name());
                }
                // two first sign-ins at once: the second waits here, then finds the first one's row
                Sql.update(c, "LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE");
                if (Sql.count(c, "SELECT count(*) FROM app_user") > 0) {
                    throw new UserException("user.notGranted", login, db.name());
                }
                o = new Officer(login, login, OfficerRole.OFFICE, null, true);
                Sql.update(c, "INSERT INTO app_user (" + COLS + ") VALUES (?,?,?,?,?)", o.login(), o.fullName(),
                        o.role(), o.unitId(), o.active());
                first = true;
                LOG.info(() -> "first sign-in to " + db.name() + ": " + login + " is made the office's officer");
            }
            if (!o.active()) {
                throw new UserException("user.disabled", login);
            }
            return new SignedIn(o, first);
        });
    }

    private static Officer find(Connection c, String login) throws SQLException {
        return Sql.one(c, "SELECT " + COLS + " FROM app_user WHERE login = ?", UserRepository::officer, login);
    }

    private static Officer officer(ResultSet rs) throws SQLException {
        return new Officer(rs.getString("login"), rs.getString("full_name"), Sql.enumOf(OfficerRole.class, rs, "role"),
                Sql.id(rs, "unit_id"), rs.getInt("active") != 0);
    }
}
