package vn.dienhinh.report;

import java.util.AbstractList;

/**
 * A row of a Word table that is one cell across all columns, bold: the title of the rows below it
 * ("Lĩnh vực Y tế (03 gương)"). Put it among the rows given to {@link OfficialDocument#table}.
 */
public final class TableGroup extends AbstractList<Object> {

    private final String title;

    public TableGroup(String title) {
        this.title = title == null ? "" : title;
    }

    public String title() {
        return title;
    }

    @Override
    public Object get(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException(index);
        }
        return title;
    }

    @Override
    public int size() {
        return 1;
    }
}
