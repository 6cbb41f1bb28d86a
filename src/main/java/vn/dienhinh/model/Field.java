package vn.dienhinh.model;

import java.time.LocalDate;

/** A field of work (lĩnh vực). {@code activeFrom}: when it was added, so quotas count from then. */
public record Field(Long id, String name, String shortName, int sortOrder, LocalDate activeFrom, boolean active) {

    public Field withId(Long newId) {
        return new Field(newId, name, shortName, sortOrder, activeFrom, active);
    }

    /** The short name where there is one. */
    public String label() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
