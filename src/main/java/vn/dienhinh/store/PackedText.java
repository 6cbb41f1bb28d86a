package vn.dienhinh.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Long free texts stored compressed: an exemplar's full account, the reason of a lifecycle step. A
 * text is kept as SQLite TEXT when it is short or would not shrink, otherwise as a BLOB: one byte
 * saying how it was packed ({@value #DEFLATE_1}: raw deflate with the dictionary
 * {@code text-dictionary-1.txt}), then the packed bytes. The dictionary holds the words and phrases
 * these texts are made of (bodies, titles, places, "tích cực tham gia", "Ủy ban nhân dân"), so that
 * even a text of a few lines finds most of its words already there: an account takes some 40% of its
 * size. A dictionary is never changed once released (the texts packed with it need it to be read);
 * a better one gets the next number.
 */
public final class PackedText {

    /** The first byte of a text packed with raw deflate and dictionary 1. */
    static final byte DEFLATE_1 = 1;
    /** Shorter texts are kept as they are: a few words gain little. */
    static final int MIN_LENGTH = 48;
    /**
     * How a packed value appears in the change history (JSON cannot hold bytes): this character, then
     * the value's bytes in hexadecimal. {@link ChangeLogRepository} reads it back as text.
     */
    static final char IN_HISTORY = '\u0001';
    private static final byte[] DICTIONARY_1 = dictionary("text-dictionary-1.txt");
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(9, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    /** The columns stored packed on a file (table.column), as {@link V14__Packed_texts} made them and the writers keep them. */
    private static final java.util.Set<String> COLUMNS = java.util.Set.of("exemplar.account", "status_change.reason");

    private PackedText() {
    }

    /** True for a column whose texts a file stores packed. */
    static boolean isPacked(String table, String column) {
        return COLUMNS.contains(table + "." + column);
    }

    /** What to store for {@code text}: the text itself, or its packed bytes when they are smaller. */
    static Object pack(String text) {
        if (text == null || text.length() < MIN_LENGTH) {
            return text;
        }
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        Deflater d = DEFLATER.get();
        d.reset();
        d.setDictionary(DICTIONARY_1);
        d.setInput(raw);
        d.finish();
        byte[] out = new byte[raw.length + 1];
        out[0] = DEFLATE_1;
        int n = 1;
        while (!d.finished() && n < out.length) {
            n += d.deflate(out, n, out.length - n);
        }
        return d.finished() && n < raw.length ? Arrays.copyOf(out, n) : text;
    }

    /** The text of a stored value: TEXT as it is, a packed BLOB unpacked; null stays null. */
    static String unpack(Object stored) {
        if (stored == null || stored instanceof String) {
            return (String) stored;
        }
        byte[] b = (byte[]) stored;
        if (b.length == 0 || b[0] != DEFLATE_1) {
            throw new IllegalStateException("unknown packing " + (b.length == 0 ? "(empty)" : b[0]));
        }
        Inflater in = INFLATER.get();
        in.reset();
        in.setDictionary(DICTIONARY_1);
        in.setInput(b, 1, b.length - 1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length * 3);
        byte[] buf = new byte[4096];
        try {
            while (!in.finished()) {
                int n = in.inflate(buf);
                if (n == 0 && (in.needsInput() || in.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("damaged packed text", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A value of the change history as the user reads it: a packed one ({@link #IN_HISTORY}) unpacked. */
    static String fromHistory(String value) {
        if (value == null || value.isEmpty() || value.charAt(0) != IN_HISTORY) {
            return value;
        }
        return unpack(HexFormat.of().parseHex(value, 1, value.length()));
    }

    /** The SQL a trigger writes a possibly packed column with, so the history can read it back. */
    static String forHistory(String column) {
        return "CASE WHEN typeof(" + column + ") = 'blob' THEN char(1) || hex(" + column + ") ELSE " + column + " END";
    }

    private static byte[] dictionary(String name) {
        try (InputStream in = PackedText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
