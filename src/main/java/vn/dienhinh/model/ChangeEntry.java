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
 * @param user       the workstation's user name (several, comma-separated, for a merged line)
 * @param merged     how many changes this line stands for: 1, or more once old history was compacted
 *                   (each field then goes from its value before the first to its value after the last)
 * @param firstAt    the time of the first of the merged changes; {@code at} is that of the last
 */
public record ChangeEntry(long id, LocalDateTime at, String user, String entity, long entityId, Long exemplarId,
                          Action action, String label, List<FieldChange> changes, int merged, LocalDateTime firstAt) {

    /** What happened to the record. */
    public enum Action { INSERT, UPDATE, DELETE }

    public ChangeEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
        merged = Math.max(1, merged);
        firstAt = firstAt == null ? at : firstAt;
    }

    /** One change, as the triggers write it. */
    public ChangeEntry(long id, LocalDateTime at, String user, String entity, long entityId, Long exemplarId,
                       Action action, String label, List<FieldChange> changes) {
        this(id, at, user, entity, entityId, exemplarId, action, label, changes, 1, at);
    }
}
