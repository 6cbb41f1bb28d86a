package vn.dienhinh.model;

/**
 * The officer signed in: on a shared registry, a row of the officers' table under their server login; on a
 * workstation's file, the workstation's user, who is the office's officer and signs in nowhere.
 *
 * @param login    the server login (on a file, the workstation's user name); the change history names it
 * @param fullName the name shown
 * @param role     what they may see
 * @param unitId   a clerk's unit (they see it and the units below it); null for the office's officer
 * @param active   false once the office's officer has disabled them: they can no longer sign in
 */
public record Officer(String login, String fullName, OfficerRole role, Long unitId, boolean active) {

    public Officer {
        if (role == OfficerRole.UNIT_CLERK && unitId == null) {
            throw new IllegalArgumentException("a unit clerk needs a unit");
        }
    }

    /** The one officer of a workstation's file: the office's, seeing all. */
    public static Officer workstation(String userName) {
        return new Officer(userName, userName, OfficerRole.OFFICE, null, true);
    }

    /** True for the office's officer, who sees the whole registry. */
    public boolean seesAll() {
        return role == OfficerRole.OFFICE;
    }

    /**
     * Refused ({@code scope.officeWork}, naming {@code work}, a key of the messages) for a unit's clerk: the
     * commendations register, the nominations and their council, the eligibility of the whole registry and the
     * documents the office signs are the office's; a clerk enters and sees their unit's exemplars and introductions.
     */
    public void checkOfficeWork(String work) {
        if (!seesAll()) {
            throw new vn.dienhinh.util.UserException("scope.officeWork", login, vn.dienhinh.util.Messages.get(work));
        }
    }
}
