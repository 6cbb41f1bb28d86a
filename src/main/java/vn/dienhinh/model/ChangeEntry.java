package vn.dienhinh.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One create, change or delete of a record, as the change history keeps it.
 *
 * @param entity     the table: exemplar, exemplar_field, deed, evaluation, introduction, unit, field,
 *                   campaign, activity
 * @param exemplarId the exemplar the record belongs to, if any (its deeds, fields, introductions)
 * @param label      the record's name at the time (exemplar name, deed title …)
 * @param user       the workstation's user name
 */
public record ChangeEntry(long id, LocalDateTime at, String user, String entity, long entityId, Long exemplarId,
                          Action action, String label, List<FieldChange> changes) {

    /** What happened to the record. */
    public enum Action { INSERT, UPDATE, DELETE }

    public ChangeEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
