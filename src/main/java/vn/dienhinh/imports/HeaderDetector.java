package vn.dienhinh.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dienhinh.model.ExemplarKind;

/**
 * Finds the header row of an officer's list below its title rows: the row whose cells read most like
 * column titles ("STT", "Họ và tên", "Năm sinh" …), naming at least the name column. A second header
 * row under it ("Nam" / "Nữ" under a merged "Năm sinh", "Chức vụ" / "Đơn vị" under a merged title) is
 * read with it.
 */
public final class HeaderDetector {

    /** The header is looked for in the first rows of the sheet only. */
    static final int SEARCH_ROWS = 60;

    /** The layout of the list, if a header row can be found. */
    public Optional<Layout> detect(RawSheet sheet) {
        int best = bestRow(sheet);
        return best < 0 ? Optional.empty() : Optional.of(layoutAt(sheet, best));
    }

    /** How much the sheet's best header row reads like a list of exemplars (0: no list), to pick a sheet. */
    public int score(RawSheet sheet) {
        int best = bestRow(sheet);
        return best < 0 ? 0 : score(sheet, best);
    }

    private static int bestRow(RawSheet sheet) {
        int best = -1;
        int bestScore = 0;
        List<Integer> rows = sheet.rowIndices();
        for (int i = 0; i < Math.min(SEARCH_ROWS, rows.size()); i++) {
            int r = rows.get(i);
            int score = score(sheet, r);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    /** The layout with the header at row {@code headerRow} (0-based), the user's choice. */
    public Layout layoutAt(RawSheet sheet, int headerRow) {
        boolean sub = hasSubHeader(sheet, headerRow);
        int width = sheet.width();
        List<Layout.Column> cols = new ArrayList<>();
        String[] parents = new String[width];
        for (int c = 0; c < width; c++) {
            parents[c] = sheet.filled(headerRow, c).text();
        }
        for (int c = 0; c < width; c++) {
            String parent = parents[c];
            String under = sub ? sheet.filled(headerRow + 1, c).text() : "";
            if (under.equals(parent)) {
                under = ""; // the title is merged down over both header rows
            }
            if (parent.isBlank() && !under.isBlank() && c > 0 && !parents[c - 1].isBlank()) {
                parent = parents[c - 1]; // a title centred over two columns without merging them
                parents[c] = parent;
            }
            Target t = combine(parent, under);
            String title = under.isBlank() ? parent : parent.isBlank() ? under : parent + " – " + under;
            cols.add(new Layout.Column(c, vn.dienhinh.util.VietnameseText.clean(title), t));
        }
        return finish(sheet, headerRow, sub ? 2 : 1, cols);
    }

    /** How much the row reads like a header: distinct known titles, 0 unless it names the name column. */
    private static int score(RawSheet sheet, int r) {
        Set<Target> targets = EnumSet.noneOf(Target.class);
        Set<String> texts = new HashSet<>();
        boolean name = false;
        boolean personName = false;
        for (int c = 0; c < sheet.width(); c++) {
            String text = sheet.cell(r, c).text();
            if (text.isBlank()) {
                continue;
            }
            texts.add(text);
            Target t = HeaderTitles.classify(text);
            personName |= t == Target.NAME || t == Target.NAME_POSITION;
            name |= personName || HeaderTitles.collectiveName(text);
            if (t != Target.EXTRA && t != Target.IGNORE) {
                targets.add(t);
            }
        }
        // a title row merged across the sheet ("DANH SÁCH CÁ NHÂN, TẬP THỂ …") is one text, not a header
        if (!name || texts.size() < 2 || targets.size() < 2 && texts.size() < 3) {
            return 0;
        }
        // "Họ và tên" makes a list of exemplars; "Đơn vị" alone may be a table of figures by unit
        return targets.size() * 10 + texts.size() + (personName ? 20 : 0);
    }

    /**
     * A second header row: titles merged down into it, "Nam" and "Nữ" side by side, or titles under a
     * title merged across; and nothing under the name's title (a data row would have a name there).
     */
    private static boolean hasSubHeader(RawSheet sheet, int r) {
        int next = r + 1;
        if (SheetRows.isNumberRow(sheet, next, sheet.width())) {
            return false;
        }
        boolean mergedDown = false;
        boolean genders = false;
        boolean underMerged = false;
        for (int c = 0; c < sheet.width(); c++) {
            RawSheet.Merge m = sheet.mergeAt(r, c);
            String title = sheet.filled(r, c).text();
            Target t = HeaderTitles.classify(title);
            boolean nameColumn = t == Target.NAME || t == Target.NAME_POSITION;
            String below = HeaderTitles.normal(sheet.cell(next, c).text());
            if (nameColumn && !below.isEmpty() && !below.equals(HeaderTitles.normal(title))
                    && HeaderTitles.classify(below) == Target.EXTRA) {
                return false; // a name under "Họ và tên": the next row is data
            }
            if (m != null && m.firstRow() == r && m.lastRow() >= next && !sheet.cell(r, c).blank()) {
                mergedDown = true;
            }
            String right = HeaderTitles.normal(sheet.cell(next, c + 1).text());
            genders |= below.equals("nam") && right.equals("nu") || below.equals("nu") && right.equals("nam");
            if (m != null && m.horizontal() && m.lastRow() == r && !below.isEmpty()
                    && HeaderTitles.classify(below) != Target.EXTRA) {
                underMerged = true;
            }
        }
        return mergedDown || genders || underMerged;
    }

    private static Target combine(String parent, String under) {
        Target p = HeaderTitles.classify(parent);
        if (under.isBlank()) {
            return p;
        }
        String u = HeaderTitles.normal(under);
        if (u.equals("nam")) {
            return p == Target.BIRTH ? Target.BIRTH_MALE : Target.MALE;
        }
        if (u.equals("nu")) {
            return p == Target.BIRTH ? Target.BIRTH_FEMALE : Target.FEMALE;
        }
        Target t = HeaderTitles.classify(under);
        if (p == Target.POSITION_WORKPLACE && t == Target.UNIT) {
            return Target.WORKPLACE;
        }
        return t == Target.EXTRA || t == Target.IGNORE || t == Target.NUMBER ? p : t;
    }

    /** One column per target (later ones keep their values as extra notes), the name column, the kind hint. */
    private static Layout finish(RawSheet sheet, int headerRow, int headerRows, List<Layout.Column> cols) {
        boolean named = cols.stream().anyMatch(c -> c.target() == Target.NAME || c.target() == Target.NAME_POSITION);
        boolean hasUnit = cols.stream().anyMatch(c -> c.target() == Target.UNIT);
        ExemplarKind hint = null;
        Set<Target> used = EnumSet.noneOf(Target.class);
        List<Layout.Column> out = new ArrayList<>();
        for (Layout.Column c : cols) {
            Target t = c.target();
            if (HeaderTitles.collectiveName(c.title()) && (t == Target.EXTRA || t == Target.UNIT)) {
                if (!named) {
                    t = Target.NAME;
                    named = true;
                    hint = ExemplarKind.COLLECTIVE;
                } else if (!hasUnit) {
                    t = Target.UNIT;
                    hasUnit = true;
                }
            }
            if (t == Target.NAME && !out.isEmpty() && out.get(out.size() - 1).target() == Target.NAME
                    && HeaderTitles.familyName(out.get(out.size() - 1).title())
                    && HeaderTitles.normal(c.title()).endsWith("ten")) {
                t = Target.NAME_GIVEN; // "Họ đệm" | "Tên"
            }
            if (!t.repeatable() && !used.add(t)) {
                t = Target.EXTRA;
            }
            if (t == Target.NAME && hint == null) {
                hint = nameHint(c.title());
            }
            out.add(new Layout.Column(c.index(), c.title(), t));
        }
        if (hint == null) {
            hint = aboveHint(sheet, headerRow);
        }
        return new Layout(headerRow, headerRows, trimRight(out), hint);
    }

    /** "Tên tập thể" says collectives, "Chủ hộ" households; "Họ và tên / Tên tập thể" says nothing. */
    private static ExemplarKind nameHint(String title) {
        String t = HeaderTitles.normal(title);
        if (HeaderTitles.hasPhrase(t, "ho va ten") || HeaderTitles.hasPhrase(t, "ho ten")
                || HeaderTitles.hasPhrase(t, "ca nhan")) {
            return Kinds.mentioned(title).size() == 1 && Kinds.mentioned(title).contains(ExemplarKind.HOUSEHOLD)
                    ? ExemplarKind.HOUSEHOLD : null;
        }
        if (HeaderTitles.hasPhrase(t, "chu ho") || HeaderTitles.hasPhrase(t, "ten ho")) {
            return ExemplarKind.HOUSEHOLD;
        }
        return Kinds.single(title);
    }

    /** The kind named by the title rows above the header ("DANH SÁCH TẬP THỂ …") or the sheet's name. */
    private static ExemplarKind aboveHint(RawSheet sheet, int headerRow) {
        StringBuilder b = new StringBuilder();
        for (int r : sheet.rowIndices()) {
            if (r >= headerRow) {
                break;
            }
            for (int c = 0; c < sheet.width(); c++) {
                b.append(' ').append(sheet.cell(r, c).text());
            }
        }
        ExemplarKind k = Kinds.single(b.toString());
        return k != null ? k : Kinds.single(sheet.name());
    }

    /** Untitled columns at the right end (a signature block's column) are dropped. */
    private static List<Layout.Column> trimRight(List<Layout.Column> cols) {
        int end = cols.size();
        while (end > 0 && cols.get(end - 1).title().isBlank()) {
            end--;
        }
        return cols.subList(0, end);
    }
}
