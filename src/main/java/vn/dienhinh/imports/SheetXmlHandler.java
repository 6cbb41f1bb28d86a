package vn.dienhinh.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.dienhinh.util.Progress;

/**
 * Reads one worksheet's XML as a stream of SAX events: cells with their cached values (a formula is
 * never evaluated, its stored result is taken), shared and inline strings, numbers, dates by their
 * number format, and the merged regions. Memory grows with the cells read, not with the XML.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Columns beyond this are ignored (a stray value far to the right of a list). */
    static final int MAX_COLUMNS = 200;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** The day after 31/12/9999, Excel's last date: a larger number in a date cell is shown as ####. */
    private static final double LAST_SERIAL = 2_958_466;
    private final org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Progress progress;
    private final Map<Integer, SheetCell[]> rows = new HashMap<>();
    private final List<RawSheet.Merge> merges = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int lastRow = 0;
    private int row = -1;
    private int col = -1;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private List<SheetCell> cells;

    SheetXmlHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, Progress progress) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.progress = progress;
    }

    Map<Integer, SheetCell[]> rows() {
        return rows;
    }

    List<RawSheet.Merge> merges() {
        return merges;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (localName) {
            case "dimension" -> dimension(a.getValue("ref"));
            case "row" -> {
                String r = a.getValue("r");
                row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                col = -1;
                cells = new ArrayList<>();
            }
            case "c" -> {
                String ref = a.getValue("r");
                col = ref != null ? new CellReference(ref).getCol() : col + 1;
                type = a.getValue("t");
                String s = a.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                text.setLength(0);
            }
            case "v" -> {
                inValue = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = "inlineStr".equals(type) && !inPhonetic;
            case "mergeCell" -> merge(a.getValue("ref"));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (col >= 0 && col < MAX_COLUMNS) {
                    while (cells.size() < col) {
                        cells.add(null);
                    }
                    cells.add(value());
                }
            }
            case "row" -> endRow();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    private void endRow() {
        boolean any = cells.stream().anyMatch(c -> c != null && !c.blank());
        if (any) {
            rows.put(row, cells.toArray(new SheetCell[0]));
        }
        if ((row & 0xFF) == 0) {
            progress.checkCancelled();
            progress.update(row, lastRow);
        }
    }

    private SheetCell value() {
        String raw = text.toString();
        if (type == null || "n".equals(type)) {
            return raw.isBlank() ? SheetCell.EMPTY : number(raw);
        }
        switch (type) {
            case "s":
                try {
                    return SheetCell.text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
                } catch (RuntimeException e) {
                    return SheetCell.EMPTY;
                }
            case "b":
                return SheetCell.text("1".equals(raw.strip()) ? "TRUE" : "FALSE");
            case "e":
                return SheetCell.EMPTY; // #N/A, #REF! …: nothing to import
            case "d":
                try {
                    LocalDate d = LocalDate.parse(raw.strip().substring(0, 10));
                    return new SheetCell(DMY.format(d), null, d);
                } catch (RuntimeException e) {
                    return SheetCell.text(raw);
                }
            default: // str (formula text result), inlineStr
                return SheetCell.text(raw);
        }
    }

    private SheetCell number(String raw) {
        double d;
        try {
            d = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            return SheetCell.text(raw);
        }
        XSSFCellStyle dateStyle = dateStyle();
        if (dateStyle != null && DateUtil.isValidExcelDate(d) && d < LAST_SERIAL) {
            LocalDate date = DateUtil.getLocalDateTime(d, date1904).toLocalDate();
            String format = dateStyle.getDataFormatString();
            if (showsDay(format)) {
                return new SheetCell(DMY.format(date), d, date, true);
            }
            // "yyyy", "mm/yyyy": the cell shows a year or a month, and its text is what it shows
            String shown = formatter.formatRawCellContents(d, dateStyle.getDataFormat(), format, date1904);
            return new SheetCell(shown, d, date, false);
        }
        String shown = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return new SheetCell(shown, d, null);
    }

    /** The cell's style if its number format is a date format, else null. */
    private XSSFCellStyle dateStyle() {
        if (styles == null || style <= 0 || style >= styles.getNumCellStyles()) {
            return null;
        }
        XSSFCellStyle s = styles.getStyleAt(style);
        return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString()) ? s : null;
    }

    /** Whether a date format shows the day: its code has a "d" outside quoted text and [brackets]. */
    static boolean showsDay(String format) {
        if (format == null) {
            return true;
        }
        String code = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "");
        return code.toLowerCase(java.util.Locale.ROOT).contains("d");
    }

    private void dimension(String ref) {
        if (ref == null) {
            return;
        }
        String last = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
        try {
            lastRow = new CellReference(last).getRow();
        } catch (RuntimeException e) {
            lastRow = 0;
        }
    }

    private void merge(String ref) {
        if (ref == null || !ref.contains(":")) {
            return;
        }
        try {
            CellReference a = new CellReference(ref.substring(0, ref.indexOf(':')));
            CellReference b = new CellReference(ref.substring(ref.indexOf(':') + 1));
            merges.add(new RawSheet.Merge(a.getRow(), b.getRow(), a.getCol(), b.getCol()));
        } catch (RuntimeException e) {
            // a malformed reference merges nothing
        }
    }
}
