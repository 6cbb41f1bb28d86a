package vn.dienhinh.service.document;

import java.time.LocalDate;
import java.util.List;
import vn.dienhinh.model.QuarterCommendation;

/**
 * Where reports read the commendations and nominations of a period from. Until commendations and
 * nominations are recorded (their own issue) the composition root supplies {@link #NONE}, and the
 * quarterly report says in one line that none were recorded; the nominations service plugs in here.
 */
@FunctionalInterface
public interface CommendationSource {

    /** Nothing recorded. */
    CommendationSource NONE = (from, to) -> List.of();

    /** Commendations decided and nominations made between the two dates (inclusive), oldest first. */
    List<QuarterCommendation> between(LocalDate from, LocalDate to);

    /** How many {@link #between} lists, for figures that need only the number. */
    default int countBetween(LocalDate from, LocalDate to) {
        return between(from, to).size();
    }
}
