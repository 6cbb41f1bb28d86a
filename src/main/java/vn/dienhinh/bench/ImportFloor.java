package vn.dienhinh.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.dienhinh.store.SearchIndex;
import vn.dienhinh.util.VietnameseText;

/**
 * The import's floor: the officer's list read with POI's streaming (SAX) reader, and its rows written
 * with bare batched INSERTs into the tables an import fills (exemplar, its field, its first status,
 * its place in the list and its search entry, appended at the end), in one transaction. No checks,
 * no matching of names, no duplicate warnings: only what any import must do.
 */
final class ImportFloor {

    private static final long GAP = 1L << 32;

    private ImportFloor() {
    }

    /** Reads {@code file} into the database {@code c} is open on; returns the rows written. */
    static int run(Path file, Connection c) throws Exception {
        List<String[]> rows = read(file);
        Map<String, Long> units = ids(c, "SELECT name_fold, id FROM unit");
        Map<String, Long> fields = ids(c, "SELECT name_fold, id FROM field");
        LocalDate today = LocalDate.now();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement();
             PreparedStatement ex = c.prepareStatement("INSERT INTO exemplar (id, kind, name, gender, birth_year, "
                     + "position, unit_id, summary, found_on, found_year, status, sort_key, name_fold) "
                     + "VALUES (?, 'INDIVIDUAL', ?, ?, ?, ?, ?, ?, ?, ?, 'FOUND', ?, ?)");
             PreparedStatement field = c.prepareStatement("INSERT INTO exemplar_field (exemplar_id, field_id) VALUES (?, ?)");
             PreparedStatement status = c.prepareStatement("INSERT INTO status_change (exemplar_id, to_status, "
                     + "changed_on) VALUES (?, 'FOUND', ?)");
             PreparedStatement order = c.prepareStatement("INSERT INTO exemplar_order (exemplar_id, pos) VALUES (?, ?)");
             PreparedStatement fts = c.prepareStatement(SearchIndex.INSERT)) {
            long id = max(st, "SELECT coalesce(max(id), 0) FROM exemplar");
            long pos = max(st, "SELECT coalesce(max(pos), 0) FROM exemplar_order");
            int n = 0;
            for (String[] r : rows) {
                id++;
                pos += GAP;
                Long unit = units.get(VietnameseText.fold(r[6]));
                ex.setLong(1, id);
                ex.setString(2, r[1]);
                ex.setString(3, "Nữ".equals(r[3]) ? "FEMALE" : "MALE");
                ex.setInt(4, Integer.parseInt(r[2]));
                ex.setString(5, r[4]);
                ex.setObject(6, unit);
                ex.setString(7, r[7]);
                ex.setString(8, today.toString());
                ex.setInt(9, today.getYear());
                ex.setString(10, VietnameseText.personSortKey(r[1]));
                ex.setString(11, VietnameseText.fold(r[1]));
                ex.addBatch();
                Long f = fields.get(VietnameseText.fold(r[5]));
                if (f != null) {
                    field.setLong(1, id);
                    field.setLong(2, f);
                    field.addBatch();
                }
                status.setLong(1, id);
                status.setString(2, today.toString());
                status.addBatch();
                order.setLong(1, id);
                order.setLong(2, pos);
                order.addBatch();
                // the entry the program writes (marked names and units, words and word pairs), not a lighter one
                Object[] entry = SearchIndex.values(pos, r[1], null, r[6], r[7], null, r[4], null);
                for (int k = 0; k < entry.length; k++) {
                    fts.setObject(k + 1, entry[k]);
                }
                fts.addBatch();
                if (++n % 500 == 0) {
                    for (PreparedStatement ps : List.of(ex, field, status, order, fts)) {
                        ps.executeBatch();
                    }
                }
            }
            for (PreparedStatement ps : List.of(ex, field, status, order, fts)) {
                ps.executeBatch();
            }
            c.commit();
            return n;
        } catch (Exception e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The data rows under the header row, eight cells each, read as text. */
    static List<String[]> read(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XMLReader xml = SAXParserFactory.newDefaultNSInstance().newSAXParser().getXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(rows),
                    new DataFormatter(), false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                xml.parse(new InputSource(sheet));
            }
        }
        return rows;
    }

    private static Map<String, Long> ids(Connection c, String sql) throws Exception {
        Map<String, Long> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long max(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Collects the cells of the rows after the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String[]> rows;
        private String[] current;
        private boolean data;

        Rows(List<String[]> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new String[OfficerList.HEADER.length];
        }

        @Override
        public void endRow(int rowNum) {
            if (data && current[1] != null) {
                rows.add(current);
            }
            if (OfficerList.HEADER[0].equals(current[0])) {
                data = true;
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref.charAt(0) - 'A';
            if (col >= 0 && col < current.length) {
                current[col] = value;
            }
        }
    }
}
