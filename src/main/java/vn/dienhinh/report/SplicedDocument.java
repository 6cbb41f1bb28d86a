package vn.dienhinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * A Word document whose long tables keep their data rows as finished XML beside the document tree
 * ({@link RowPrototype} writes them): the tree holds one marker row where they go, and saving puts
 * them in its place. A quarter's thousands of commendations are then neither thousands of XML objects
 * to build nor to save, which is most of the time such a report takes; the file is the same.
 * The spliced rows are only in what is saved: POI's own view of a table does not list them.
 */
final class SplicedDocument extends XWPFDocument {

    private static final String ROW_START = "<w:tr>";
    private static final String ROW_END = "</w:tr>";

    private final String prefix = "dien-hinh-rows-" + UUID.randomUUID() + "-";
    private final List<Rows> parts = new ArrayList<>();

    /**
     * Rows written in one place of a table: all but the last as saved, the last apart, so that it can
     * still be kept on the page of what follows the table.
     */
    static final class Rows {
        private final ByteArrayOutputStream written = new ByteArrayOutputStream(1 << 16);
        private String last;
        private boolean keepLast;

        /** Appends a row's XML. */
        void add(String row) {
            if (last != null) {
                byte[] b = last.getBytes(StandardCharsets.UTF_8);
                written.write(b, 0, b.length);
            }
            last = row;
        }

        private void writeTo(OutputStream out) throws IOException {
            written.writeTo(out);
            if (last != null) {
                // every paragraph of the row kept with the next: the row goes along with what follows it
                out.write((keepLast ? last.replace("<w:pPr>", "<w:pPr><w:keepNext w:val=\"on\"/>") : last)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Rows are written into the table from here on, after what it holds now: a new marker row is
     * appended and the rows that go in its place are returned.
     */
    Rows rowsAt(CTTbl table) {
        Rows rows = new Rows();
        table.addNewTr().addNewTc().addNewP().addNewR().addNewT().setStringValue(prefix + parts.size());
        parts.add(rows);
        return rows;
    }

    /**
     * Keeps the table's last row on the page of what follows it (a list's last row with the signature):
     * the last row written in its place when the table ends with rows written so, else the row the
     * table holds itself.
     */
    void keepLastRowWithNext(XWPFTable table) {
        CTTbl tbl = table.getCTTbl();
        if (tbl.sizeOfTrArray() == 0) {
            return;
        }
        CTRow row = tbl.getTrArray(tbl.sizeOfTrArray() - 1);
        String marker = markerOf(row);
        if (marker != null) {
            parts.get(Integer.parseInt(marker.substring(prefix.length()))).keepLast = true;
            return;
        }
        for (var cell : row.getTcList()) {
            for (var p : cell.getPList()) {
                new XWPFParagraph(p, table.getBody()).setKeepNext(true);
            }
        }
    }

    /** The marker a row holds in the place of rows written apart, or null. */
    private String markerOf(CTRow row) {
        if (row.sizeOfTcArray() != 1 || row.getTcArray(0).sizeOfPArray() != 1) {
            return null;
        }
        var p = row.getTcArray(0).getPArray(0);
        if (p.sizeOfRArray() != 1 || p.getRArray(0).sizeOfTArray() != 1) {
            return null;
        }
        String text = p.getRArray(0).getTArray(0).getStringValue();
        return text != null && text.startsWith(prefix) ? text : null;
    }

    @Override
    protected void commit() throws IOException {
        if (parts.isEmpty()) {
            super.commit();
            return;
        }
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
        ByteArrayOutputStream tree = new ByteArrayOutputStream(1 << 16);
        getDocument().save(tree, options);
        byte[] xml = tree.toByteArray();
        try (OutputStream out = getPackagePart().getOutputStream()) {
            splice(xml, out);
        }
    }

    /** Writes {@code xml} with each marker row replaced by its rows. */
    private void splice(byte[] xml, OutputStream out) throws IOException {
        // one byte a char: positions in the text are positions in the bytes
        String text = new String(xml, StandardCharsets.ISO_8859_1);
        int done = 0;
        for (int i = 0; i < parts.size(); i++) {
            int marker = text.indexOf(">" + prefix + i + "<", done);
            int start = marker < 0 ? -1 : text.lastIndexOf(ROW_START, marker);
            int end = marker < 0 ? -1 : text.indexOf(ROW_END, marker);
            if (start < done || end < 0) {
                throw new IllegalStateException("table rows " + i + ": marker row not found in the saved document");
            }
            out.write(xml, done, start - done);
            parts.get(i).writeTo(out);
            done = end + ROW_END.length();
        }
        out.write(xml, done, xml.length - done);
    }
}
