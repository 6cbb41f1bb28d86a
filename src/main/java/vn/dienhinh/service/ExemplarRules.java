package vn.dienhinh.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.util.Messages;

/**
 * The checks on an exemplar's attributes. Each check answers one form field, so the form can show
 * the message next to the field as the user types; {@link #problems} runs them all before a save.
 */
public final class ExemplarRules {

    public static final int MIN_BIRTH_YEAR = 1900;

    private ExemplarRules() {
    }

    public static Optional<String> name(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Messages.get("valid.nameRequired"));
        }
        if (name.strip().length() > 200) {
            return Optional.of(Messages.get("valid.nameTooLong"));
        }
        return Optional.empty();
    }

    /** A birth year typed into the form: empty is fine, otherwise four digits in range. */
    public static Optional<String> birthYearText(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!t.matches("\\d{4}")) {
            return Optional.of(Messages.get("valid.birthYear", MIN_BIRTH_YEAR, today.getYear()));
        }
        return birthYear(Integer.parseInt(t), today);
    }

    public static Optional<String> birthYear(Integer year, LocalDate today) {
        if (year != null && (year < MIN_BIRTH_YEAR || year > today.getYear())) {
            return Optional.of(Messages.get("valid.birthYear", MIN_BIRTH_YEAR, today.getYear()));
        }
        return Optional.empty();
    }

    public static Optional<String> memberCountText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return text.strip().matches("[1-9]\\d{0,6}") ? Optional.empty()
                : Optional.of(Messages.get("valid.memberCount"));
    }

    public static Optional<String> phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        return phone.strip().matches("\\+?[0-9][0-9 .\\-]{5,19}") ? Optional.empty()
                : Optional.of(Messages.get("valid.phone"));
    }

    public static Optional<String> idNumber(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return id.strip().matches("\\d{9}|\\d{12}") ? Optional.empty() : Optional.of(Messages.get("valid.idNumber"));
    }

    /** Every problem of the exemplar, keyed by attribute name (name, birthYear, …); empty when it may be saved. */
    public static Map<String, String> problems(Exemplar e, LocalDate today) {
        Map<String, String> p = new LinkedHashMap<>();
        name(e.name()).ifPresent(m -> p.put("name", m));
        if (e.kind() == ExemplarKind.INDIVIDUAL) {
            birthYear(e.birthYear(), today).ifPresent(m -> p.put("birthYear", m));
            if (e.birthDate() != null) {
                if (e.birthDate().isAfter(today)) {
                    p.put("birthDate", Messages.get("valid.birthDateFuture"));
                } else if (e.birthYear() != null && e.birthYear() != e.birthDate().getYear()) {
                    p.put("birthDate", Messages.get("valid.birthDateYear", Dates.format(e.birthDate()), e.birthYear()));
                }
            }
            idNumber(e.idNumber()).ifPresent(m -> p.put("idNumber", m));
        }
        if (e.kind() == ExemplarKind.COLLECTIVE && e.memberCount() != null && e.memberCount() < 1) {
            p.put("memberCount", Messages.get("valid.memberCount"));
        }
        phone(e.phone()).ifPresent(m -> p.put("phone", m));
        if (e.foundOn() != null && e.foundOn().isAfter(today)) {
            p.put("foundOn", Messages.get("valid.foundOnFuture"));
        }
        return p;
    }
}
