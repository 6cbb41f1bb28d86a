package vn.dienhinh.util;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The one place a title becomes a file name the program proposes: valid on Windows (the strictest of the
 * systems the officers use), so the same name works on Linux too.
 *
 * <p>Windows refuses {@code \ / : * ? " < > |} and control characters, a name ending in a dot or a space,
 * and the device names CON, PRN, AUX, NUL, COM1-9, LPT1-9 (with or without an extension). Names are kept
 * under {@link #MAX} characters so that a folder path in front of them stays within what Word and Excel open.
 */
public final class FileNames {

    /** At most this many characters in a proposed name, extension included. */
    public static final int MAX = 200;

    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    /**
     * A readable, valid file name for {@code title} with {@code extension} ("docx", ".docx" or empty):
     * Vietnamese letters kept (NFC), slashes and bars to "-", a colon to " - ", double quotes to single ones,
     * {@code < >} to brackets, {@code * ?} and control characters dropped, e.g. {@code Hồ sơ Nguyễn Văn A/B: "C"}
     * to {@code Hồ sơ Nguyễn Văn A-B - 'C'}. A title with nothing left becomes {@code fallback}.
     */
    public static String of(String title, String extension, String fallback) {
        String ext = extension == null || extension.isBlank() ? ""
                : "." + strip(clean(extension.startsWith(".") ? extension.substring(1) : extension));
        if (ext.equals(".")) {
            ext = "";
        }
        String stem = strip(clean(title == null ? "" : title));
        if (stem.isEmpty()) {
            stem = strip(clean(fallback == null ? "" : fallback));
        }
        if (stem.isEmpty()) {
            stem = "tep";
        }
        int room = MAX - ext.length();
        if (stem.length() > room) {
            int cut = room;
            if (Character.isLowSurrogate(stem.charAt(cut))) {
                cut--;
            }
            stem = strip(stem.substring(0, cut));
        }
        String device = stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem;
        if (RESERVED.contains(device.strip().toUpperCase(Locale.ROOT))) {
            stem = "_" + stem;
        }
        return stem + ext;
    }

    /** {@link #of(String, String, String)} for a full name as the program builds it ("BaoCao-Quy4-2026.docx"). */
    public static String safe(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        if (dot > 0 && dot >= name.length() - 6 && name.substring(dot + 1).matches("[A-Za-z0-9]{1,5}")) {
            return of(name.substring(0, dot), name.substring(dot + 1), "tep");
        }
        return of(name, "", "tep");
    }

    /** A name folded to ASCII words joined by "-": "Nguyễn Văn A/B" to "nguyen-van-a-b"; {@code fallback} when none. */
    public static String slug(String title, String fallback) {
        String s = VietnameseText.fold(title == null ? "" : title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? fallback : s;
    }

    /** Whether Windows accepts {@code name} as one file name, by the rules above. */
    public static boolean valid(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX || name.endsWith(".") || name.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || "\\/:*?\"<>|".indexOf(c) >= 0) {
                return false;
            }
        }
        String device = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return !RESERVED.contains(device.strip().toUpperCase(Locale.ROOT));
    }

    private static String clean(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '/', '\\', '|' -> out.append('-');
                case ':' -> out.append(" - ");
                case '"' -> out.append('\'');
                case '<' -> out.append('(');
                case '>' -> out.append(')');
                case '*', '?' -> { }
                default -> out.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isWhitespace(c)
                        || Character.isSpaceChar(c) ? ' ' : c);
            }
        }
        return out.toString().replaceAll(" {2,}", " ");
    }

    /** No leading or trailing spaces, dots or dashes. */
    private static String strip(String s) {
        return s.replaceAll("^[\\s.\\-]+|[\\s.\\-]+$", "");
    }
}
