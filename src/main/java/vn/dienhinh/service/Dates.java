package vn.dienhinh.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as a Vietnamese office writes them: dd/MM/yyyy. */
public final class Dates {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter[] READ = {
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ISO_LOCAL_DATE,
    };

    private Dates() {
    }

    public static String format(LocalDate d) {
        return d == null ? "" : SHORT.format(d);
    }

    /** Reads 5/1/2024, 05/01/2024, 05-01-2024, 05.01.2024 or 2024-01-05; empty when it is none of these. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : READ) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return Optional.empty();
    }
}
