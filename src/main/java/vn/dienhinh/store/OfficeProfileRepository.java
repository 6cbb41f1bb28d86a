package vn.dienhinh.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;

/**
 * The office profile: one row (id 1, created by the migration), default recipients stored one per
 * line. Also keeps the folder documents were last exported to.
 */
public final class OfficeProfileRepository {

    private final Database db;

    public OfficeProfileRepository(Database db) {
        this.db = db;
    }

    /** The officer signed in (see {@link Database#officer()}). */
    public vn.dienhinh.model.Officer officer() {
        return db.officer();
    }

    public OfficeProfile load() {
        OfficeProfile p = db.read(c -> Sql.one(c, "SELECT * FROM office_profile WHERE id = 1",
                OfficeProfileRepository::profile));
        return p == null ? new OfficeProfile(null, null, null, null, null, null, null, null, null, null) : p;
    }

    public void save(OfficeProfile p) {
        db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO office_profile (id) VALUES (1) ON CONFLICT DO NOTHING");
            return Sql.update(c, "UPDATE office_profile SET parent_agency=?, agency=?, place=?, symbol=?, signer_name=?, "
                            + "signer_title=?, on_behalf_of=?, authority=?, principal_title=?, default_recipients=?, drafting_unit=?, "
                            + "updated_at=" + Dialect.of(c).now() + " WHERE id = 1",
                    p.parentAgency(), p.agency(), p.place(), p.symbol(), p.signerName(), p.signerTitle(),
                    p.onBehalfOf(), p.authority(), p.principalTitle(), String.join("\n", p.defaultRecipients()),
                    p.draftingUnit());
        });
    }

    /** The folder documents were last exported to, or null. */
    public String exportFolder() {
        return db.read(c -> Sql.one(c, "SELECT export_folder FROM office_profile WHERE id = 1", rs -> rs.getString(1)));
    }

    public void saveExportFolder(String folder) {
        db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO office_profile (id) VALUES (1) ON CONFLICT DO NOTHING");
            return Sql.update(c, "UPDATE office_profile SET export_folder = ? WHERE id = 1", folder);
        });
    }

    public vn.dienhinh.model.OfficeHierarchy hierarchy() {
        vn.dienhinh.model.OfficeHierarchy h = db.read(c -> Sql.one(c, "SELECT decider, advisory_body, superior_decider, "
                + "superior_via FROM office_profile WHERE id = 1", rs -> new vn.dienhinh.model.OfficeHierarchy(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
        return h == null ? vn.dienhinh.model.OfficeHierarchy.NONE : h;
    }

    public void saveHierarchy(vn.dienhinh.model.OfficeHierarchy h) {
        db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO office_profile (id) VALUES (1) ON CONFLICT DO NOTHING");
            return Sql.update(c, "UPDATE office_profile SET decider = ?, advisory_body = ?, superior_decider = ?, "
                    + "superior_via = ? WHERE id = 1", h.decider(), h.advisoryBody(), h.superiorDecider(), h.superiorVia());
        });
    }

    private static OfficeProfile profile(ResultSet rs) throws SQLException {
        String recipients = rs.getString("default_recipients");
        List<String> lines = recipients == null || recipients.isBlank() ? List.of()
                : Arrays.stream(recipients.split("\n")).filter(s -> !s.isBlank()).toList();
        return new OfficeProfile(rs.getString("parent_agency"), rs.getString("agency"), rs.getString("place"),
                rs.getString("symbol"), rs.getString("signer_name"), rs.getString("signer_title"),
                rs.getString("on_behalf_of"), Sql.enumOf(SigningAuthority.class, rs, "authority"),
                rs.getString("principal_title"), lines, rs.getString("drafting_unit"));
    }
}
