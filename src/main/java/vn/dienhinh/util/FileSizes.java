package vn.dienhinh.util;

import java.util.Locale;

/** A file's size as the officer reads it: "850 KB", "278,2 MB", "1,4 GB" (decimal comma, units of 1024). */
public final class FileSizes {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private FileSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(VI, "%.0f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(VI, "%.1f MB", bytes / 1024.0 / 1024);
        }
        return String.format(VI, "%.1f GB", bytes / 1024.0 / 1024 / 1024);
    }
}
