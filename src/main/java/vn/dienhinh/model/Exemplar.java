package vn.dienhinh.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An exemplar: an individual, a collective or a household. {@code name} is the person's full name,
 * the collective's name or the head of household. Kind-specific attributes are null where they do
 * not apply.
 */
public record Exemplar(
        Long id,
        ExemplarKind kind,
        ExemplarCategory category,
        String name,
        // individual
        Gender gender,
        Integer birthYear,
        LocalDate birthDate,
        String position,
        String workplace,
        String residence,
        String phone,
        String idNumber,
        // collective
        String headName,
        Integer memberCount,
        // household
        String address,
        // all
        Long unitId,
        List<Long> fieldIds,
        String newModel,
        String summary,
        String account,
        Discovery discovery,
        LocalDate foundOn,
        ExemplarStatus status,
        String note) {

    public Exemplar {
        fieldIds = fieldIds == null ? List.of() : List.copyOf(fieldIds);
    }

    public Exemplar withId(Long newId) {
        return toBuilder().id(newId).build();
    }

    public Exemplar withStatus(ExemplarStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    public static ExemplarBuilder builder() {
        return new ExemplarBuilder();
    }

    public ExemplarBuilder toBuilder() {
        return new ExemplarBuilder(this);
    }
}
