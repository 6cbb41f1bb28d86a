package vn.dienhinh.report;

import java.util.List;
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

    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle[] text;
    private final CellStyle[] date;
    private final CellStyle[] dateTime;

    ExcelStyles(Workbook wb, List<ListColumn> columns) {
        // the default font sets the width unit of columns: Times New Roman measures alike in Excel and
        // LibreOffice (Liberation Serif), where Calibri is often replaced by a wider font
        Font normal = wb.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints(CELL_SIZE);
        Font bold14 = font(wb, TITLE_SIZE, true);
        Font bold12 = font(wb, CELL_SIZE, true);
        Font plain12 = font(wb, CELL_SIZE, false);
        title = wb.createCellStyle();
        title.setFont(bold14);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        header = bordered(wb, bold12, HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        short dateFormat = wb.createDataFormat().getFormat("dd/mm/yyyy");
        short dateTimeFormat = wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm");
        text = new CellStyle[columns.size()];
        date = new CellStyle[columns.size()];
        dateTime = new CellStyle[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            HorizontalAlignment align = align(columns.get(c).align());
            text[c] = bordered(wb, plain12, align);
            date[c] = bordered(wb, plain12, align == HorizontalAlignment.LEFT ? HorizontalAlignment.CENTER : align);
            date[c].setDataFormat(dateFormat);
            dateTime[c] = bordered(wb, plain12, date[c].getAlignment());
            dateTime[c].setDataFormat(dateTimeFormat);
        }
    }

    CellStyle title() {
        return title;
    }

    CellStyle header() {
        return header;
    }

    CellStyle text(int column) {
        return text[column];
    }

    CellStyle date(int column) {
        return date[column];
    }

    CellStyle dateTime(int column) {
        return dateTime[column];
    }

    /** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
    static String safeSheetName(String name) {
        return WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet1" : name.strip());
    }

    private static Font font(Workbook wb, short size, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints(size);
        f.setBold(bold);
        return f;
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
