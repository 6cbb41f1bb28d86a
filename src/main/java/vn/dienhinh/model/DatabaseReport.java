package vn.dienhinh.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What a look at a closed database file (a backup) found: whether it is a Điển Hình database that
 * passes SQLite's integrity check, and what it holds.
 *
 * @param state    sound, damaged, not a Điển Hình database, or not SQLite at all
 * @param damage   what {@code PRAGMA integrity_check} reported (empty unless damaged)
 * @param version  the last schema migration applied, e.g. "5"
 */
public record DatabaseReport(Path file, State state, List<String> damage, long exemplars, long units,
                             String version) {

    /** The verdict on the file. */
    public enum State { SOUND, DAMAGED, NOT_OURS, NOT_SQLITE }

    public DatabaseReport {
        damage = damage == null ? List.of() : List.copyOf(damage);
    }

    public boolean sound() {
        return state == State.SOUND;
    }

    public static DatabaseReport sound(Path file, long exemplars, long units, String version) {
        return new DatabaseReport(file, State.SOUND, List.of(), exemplars, units, version);
    }

    public static DatabaseReport damaged(Path file, List<String> damage) {
        return new DatabaseReport(file, State.DAMAGED, damage, 0, 0, null);
    }

    public static DatabaseReport notOurs(Path file) {
        return new DatabaseReport(file, State.NOT_OURS, List.of(), 0, 0, null);
    }

    public static DatabaseReport notSqlite(Path file) {
        return new DatabaseReport(file, State.NOT_SQLITE, List.of(), 0, 0, null);
    }
}
