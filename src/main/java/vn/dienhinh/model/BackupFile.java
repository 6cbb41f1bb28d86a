package vn.dienhinh.model;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A backup in the backups folder, as listed.
 *
 * @param when       when it was taken (from its name, else the file's time)
 * @param size       its size in bytes
 * @param compressed {@code .db.zst}, or a zip (what version 14 wrote), else a bare database file (earlier backups)
 */
public record BackupFile(Path file, Kind kind, LocalDateTime when, long size, boolean compressed) {

    /** Why it is there. */
    public enum Kind {
        /** Taken at a start, at most one a day; kept by the rotation rule. */
        DAILY,
        /** Taken on request ("Sao lưu ngay", {@code backup}); kept until deleted by hand. */
        MANUAL,
        /** The database a restore replaced. */
        BEFORE_RESTORE
    }
}
