package vn.dienhinh.service;

import java.util.List;
import vn.dienhinh.model.Officer;
import vn.dienhinh.model.OfficerRole;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.UserRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * The officers of a shared registry and what each may see, managed by the office's officer. The server
 * checks who signs in (each officer's own PostgreSQL login); this only grants a login its role and unit, or
 * takes them away. A workstation's file has one officer and nothing to manage.
 */
public final class UserService {

    private final UserRepository users;
    private final CatalogRepository catalog;
    private final Officer current;
    private final boolean shared;

    public UserService(UserRepository users, CatalogRepository catalog, Officer current, boolean shared) {
        this.users = users;
        this.catalog = catalog;
        this.current = current;
        this.shared = shared;
    }

    /** The officer signed in. */
    public Officer current() {
        return current;
    }

    /** True when there are officers to manage: a shared registry, and the office's officer signed in. */
    public boolean canManage() {
        return shared && current.seesAll();
    }

    public List<Officer> list() {
        checkManager();
        return users.all();
    }

    /** Grants {@code login} (a PostgreSQL login of the server) the role and unit given. */
    public Officer add(String login, String fullName, OfficerRole role, Long unitId) {
        checkManager();
        String l = login == null ? "" : login.strip();
        if (l.isEmpty()) {
            throw new UserException("users.loginEmpty");
        }
        if (l.chars().anyMatch(Character::isWhitespace)) {
            throw new UserException("users.loginSpaces", l);
        }
        if (users.find(l) != null) {
            throw new UserException("users.duplicate", l);
        }
        Officer o = checked(l, fullName, role, unitId, true);
        if (!users.serverHasLogin(l)) {
            throw new UserException("users.noServerLogin", l); // a row no one could ever sign in as
        }
        users.insert(o);
        return o;
    }

    /** Changes an officer's name, role, unit and whether they may sign in. */
    public Officer change(String login, String fullName, OfficerRole role, Long unitId, boolean active) {
        checkManager();
        Officer stored = require(login);
        Officer o = checked(stored.login(), fullName, role, unitId, active);
        boolean stopsBeingOffice = stored.role() == OfficerRole.OFFICE && stored.active()
                && (o.role() != OfficerRole.OFFICE || !o.active());
        if (stopsBeingOffice && users.activeOfficeOfficers() <= 1) {
            throw new UserException("users.lastOffice", stored.login());
        }
        users.update(o);
        return o;
    }

    /** Takes away {@code login}'s access: from their next sign-in the registry is refused to them. */
    public Officer disable(String login) {
        Officer o = require(login);
        return change(o.login(), o.fullName(), o.role(), o.unitId(), false);
    }

    private Officer require(String login) {
        Officer o = login == null ? null : users.find(login.strip());
        if (o == null) {
            throw new UserException("users.notFound", login);
        }
        return o;
    }

    private Officer checked(String login, String fullName, OfficerRole role, Long unitId, boolean active) {
        String name = VietnameseText.cleanOrNull(fullName);
        if (name == null) {
            throw new UserException("users.nameEmpty", login);
        }
        if (role == null) {
            throw new UserException("users.badRole", "");
        }
        if (role == OfficerRole.UNIT_CLERK && unitId == null) {
            throw new UserException("users.clerkUnit", login);
        }
        if (role == OfficerRole.OFFICE && unitId != null) {
            throw new UserException("users.officeNoUnit", login);
        }
        if (unitId != null && catalog.unit(unitId) == null) {
            throw new UserException("valid.unknownUnit", unitId);
        }
        return new Officer(login, name, role, unitId, active);
    }

    private void checkManager() {
        if (!shared) {
            throw new UserException("users.serverOnly");
        }
        if (!current.seesAll()) {
            throw new UserException("users.officeOnly", current.login(), Messages.of(current.role()));
        }
    }
}
