package vn.dienhinh.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

/** The few cell styles of a printed list, made once per workbook (Excel limits their number). */
final class ExcelStyles {

    static final String FONT = Docx.FONT;
    static final short TITLE_SIZE = 14;
    static final short CELL_SIZE = 12;
    /** A change as the Word tables write it: "+2", "-1", "0". */
    static final String SIGNED = "+0;-0;0";

    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle plain;
    private final CellStyle strong;
    private final CellStyle italic;
    private final CellStyle totalLabel;
    private final CellStyle totalNumber;
    private final Map<TableColumn.Align, CellStyle> text = new EnumMap<>(TableColumn.Align.class);
    private final Map<TableColumn.Align, CellStyle> bold = new EnumMap<>(TableColumn.Align.class);
    private final Map<TableColumn.Align, CellStyle> date = new EnumMap<>(TableColumn.Align.class);
    private final Map<TableColumn.Align, CellStyle> dateTime = new EnumMap<>(TableColumn.Align.class);
    private final Map<TableColumn.Align, CellStyle> signed = new EnumMap<>(TableColumn.Align.class);

    /** The styles every list of the workbook shares: a few per alignment. */
    ExcelStyles(Workbook wb) {
        // the default font sets the width unit of columns: Times New Roman measures alike in Excel and
        // LibreOffice (Liberation Serif), where Calibri is often replaced by a wider font
        Font normal = wb.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints(CELL_SIZE);
        Font bold14 = font(wb, TITLE_SIZE, true, false);
        Font bold12 = font(wb, CELL_SIZE, true, false);
        Font plain12 = font(wb, CELL_SIZE, false, false);
        title = wb.createCellStyle();
        title.setFont(bold14);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);
        subtitle = wb.createCellStyle();
        subtitle.setFont(font(wb, CELL_SIZE, false, true));
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        plain = unbordered(wb, plain12);
        strong = unbordered(wb, bold12);
        italic = unbordered(wb, font(wb, CELL_SIZE, false, true));
        totalLabel = bordered(wb, bold12, HorizontalAlignment.CENTER);
        totalNumber = bordered(wb, bold12, HorizontalAlignment.CENTER);
        header = bordered(wb, bold12, HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        short dateFormat = wb.createDataFormat().getFormat("dd/mm/yyyy");
        short dateTimeFormat = wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm");
        short signedFormat = wb.createDataFormat().getFormat(SIGNED);
        for (TableColumn.Align a : TableColumn.Align.values()) {
            HorizontalAlignment align = align(a);
            text.put(a, bordered(wb, plain12, align));
            bold.put(a, bordered(wb, bold12, align));
            HorizontalAlignment dateAlign = align == HorizontalAlignment.LEFT ? HorizontalAlignment.CENTER : align;
            CellStyle d = bordered(wb, plain12, dateAlign);
            d.setDataFormat(dateFormat);
            date.put(a, d);
            CellStyle dt = bordered(wb, plain12, dateAlign);
            dt.setDataFormat(dateTimeFormat);
            dateTime.put(a, dt);
            CellStyle sg = bordered(wb, plain12, align);
            sg.setDataFormat(signedFormat);
            signed.put(a, sg);
        }
    }

    CellStyle title() {
        return title;
    }

    CellStyle subtitle() {
        return subtitle;
    }

    /** Centred text without borders: the letterhead and the signature block. */
    CellStyle plain() {
        return plain;
    }

    CellStyle strong() {
        return strong;
    }

    CellStyle italic() {
        return italic;
    }

    /** The totals row: bold, bordered. */
    CellStyle totalLabel() {
        return totalLabel;
    }

    CellStyle totalNumber() {
        return totalNumber;
    }

    CellStyle header() {
        return header;
    }

    CellStyle text(TableColumn.Align a) {
        return text.get(a);
    }

    CellStyle bold(TableColumn.Align a) {
        return bold.get(a);
    }

    CellStyle date(TableColumn.Align a) {
        return date.get(a);
    }

    CellStyle dateTime(TableColumn.Align a) {
        return dateTime.get(a);
    }

    /** A number shown with its sign: "+2", "-1", "0". */
    CellStyle signed(TableColumn.Align a) {
        return signed.get(a);
    }

    /** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
    static String safeSheetName(String name) {
        return WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet1" : name.strip());
    }

    private static Font font(Workbook wb, short size, boolean bold, boolean italic) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints(size);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle unbordered(Workbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        return s;
    }

    private static CellStyle bordered(Workbook wb, Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static HorizontalAlignment align(TableColumn.Align a) {
        return switch (a) {
            case CENTER -> HorizontalAlignment.CENTER;
            case RIGHT -> HorizontalAlignment.RIGHT;
            case JUSTIFY -> HorizontalAlignment.JUSTIFY;
            default -> HorizontalAlignment.LEFT;
        };
    }
}
