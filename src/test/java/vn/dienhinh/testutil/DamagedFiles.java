package vn.dienhinh.testutil;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Database files damaged on purpose, as a failing disk or a stray program leaves them. */
public final class DamagedFiles {

    private DamagedFiles() {
    }

    /** Overwrites the first bytes of {@code table}'s first page of the closed database {@code db}: no page type is left. */
    public static void breakFirstPage(Path db, String table) throws IOException, SQLException {
        long root;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var ps = c.prepareStatement("SELECT rootpage FROM sqlite_schema WHERE name = ?")) {
            ps.setString(1, table);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no table " + table + " in " + db);
                }
                root = rs.getLong(1);
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(16);
            int pageSize = Short.toUnsignedInt(f.readShort());
            f.seek((root - 1) * (pageSize == 1 ? 65536 : pageSize));
            f.write(new byte[]{(byte) 0x77, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        }
    }

    /** Changes the byte at {@code at} of {@code file}, as a failing disk may. */
    public static void flipByte(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x5A);
        }
    }
}
