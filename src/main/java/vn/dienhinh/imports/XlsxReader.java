package vn.dienhinh.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.dienhinh.util.Progress;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * Reads .xlsx worksheets with POI's streaming (SAX) reader, never building the whole workbook in
 * memory: a 10,000-row list is read in well under a second. Every file that cannot be read gets one
 * plain Vietnamese message (see {@link FileCheck}).
 */
public final class XlsxReader {

    private static final Logger LOG = Logger.getLogger(XlsxReader.class.getName());
    private static final Pattern DATE1904 = Pattern.compile("date1904\\s*=\\s*\"(1|true)\"");

    /**
     * Reads every worksheet, in the workbook's order, in one pass over the file. Reports progress by
     * rows and stops when the user cancels.
     */
    public List<RawSheet> readAll(Path file, Progress progress) {
        return withPackage(file, (pkg, reader) -> {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = date1904(reader);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<RawSheet> sheets = new ArrayList<>();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    SheetXmlHandler h = new SheetXmlHandler(strings, styles, date1904, progress);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(h);
                    xml.parse(new InputSource(in));
                    sheets.add(new RawSheet(VietnameseText.clean(it.getSheetName()), h.rows(), h.merges()));
                }
            }
            if (sheets.isEmpty()) {
                throw new UserException("import.file.noSheets", file.getFileName());
            }
            return sheets;
        });
    }

    private static boolean date1904(XSSFReader reader) {
        try (InputStream in = reader.getWorkbookData()) {
            String head = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
            return DATE1904.matcher(head).find();
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return false;
        }
    }

    private interface PackageWork<T> {
        T run(OPCPackage pkg, XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
                ParserConfigurationException;
    }

    private static <T> T withPackage(Path file, PackageWork<T> work) {
        FileCheck.requireXlsx(file);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return work.run(pkg, new XSSFReader(pkg));
        } catch (UserException | CancellationException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            // the package opened but a part is missing or cut short
            LOG.log(Level.INFO, "cannot read " + file, e);
            throw new UserException(e, "import.file.truncated", file.getFileName());
        } finally {
            if (pkg != null) {
                pkg.revert(); // read only: close without writing anything back
            }
        }
    }
}
