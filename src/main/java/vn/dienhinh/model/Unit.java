package vn.dienhinh.model;

import java.time.LocalDate;

/**
 * A unit that proposes exemplars. Units form a tree ({@code parentId}); {@code type} is free data
 * (phường, trường học, tổ dân phố …) so organisation levels are never code. {@code activeFrom} is
 * when it joined (quotas count from then).
 */
public record Unit(Long id, Long parentId, String name, String type, Long clusterId, String contactName,
                   String contactPhone, String contactEmail, LocalDate activeFrom, boolean active, String note) {

    public Unit withId(Long newId) {
        return new Unit(newId, parentId, name, type, clusterId, contactName, contactPhone, contactEmail,
                activeFrom, active, note);
    }

    public static Unit named(String name, String type) {
        return new Unit(null, null, name, type, null, null, null, null, null, true, null);
    }
}
