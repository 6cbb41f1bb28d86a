package vn.dienhinh.imports;

import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.ExemplarKind;

/**
 * Where the list sits in the sheet and what each column holds: the header row (0-based) and how
 * many rows it takes (two when "Năm sinh" has "Nam" and "Nữ" under it), and the columns with their
 * titles and targets. {@code kindHint} is the kind the titles suggest ("Tên tập thể", a title row
 * "DANH SÁCH HỘ GIA ĐÌNH …"), used for rows no section or column gives a kind.
 */
public record Layout(int headerRow, int headerRows, List<Column> columns, ExemplarKind kindHint) {

    /** A column of the list: its index (0 is A), its title as written and where its values go. */
    public record Column(int index, String title, Target target) {

        public String letter() {
            return RawSheet.letter(index);
        }

        /** "C (Năm sinh)", as problems name the column. */
        public String label() {
            return title.isBlank() ? letter() : letter() + " (" + title + ")";
        }
    }

    public Layout {
        columns = List.copyOf(columns);
    }

    /** The first row after the header. */
    public int dataStart() {
        return headerRow + headerRows;
    }

    /** The first column with this target, or null. */
    public Column column(Target t) {
        for (Column c : columns) {
            if (c.target() == t) {
                return c;
            }
        }
        return null;
    }

    public boolean has(Target t) {
        return column(t) != null;
    }

    /** The same layout with column {@code index} sent to {@code target} (the user's correction). */
    public Layout withTarget(int index, Target target) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.index() == index ? new Column(c.index(), c.title(), target) : c);
        }
        return new Layout(headerRow, headerRows, out, kindHint);
    }

    /** 1-based row number of the header, as Excel shows it. */
    public int headerRowNumber() {
        return headerRow + 1;
    }
}
