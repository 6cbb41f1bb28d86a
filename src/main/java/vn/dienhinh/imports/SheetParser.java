package vn.dienhinh.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.Progress;

/**
 * Walks the rows under the header as an officer laid them out: skips the row of column numbers,
 * blank rows, repeated header rows and totals; reads section rows ("I. CÁ NHÂN", "II. TẬP THỂ",
 * "1. Phường Bến Nghé", "Lĩnh vực Y tế") as the kind, unit or field of the rows beneath; appends rows
 * continuing a merged name cell to the exemplar above; and stops at the signature block.
 */
public final class SheetParser {

    /** Column targets that do not hold an exemplar's data. */
    private static final Set<Target> STRUCTURAL = EnumSet.of(Target.NUMBER, Target.NAME, Target.NAME_POSITION,
            Target.IGNORE);
    /** Columns a row without a name may continue (a long achievement written over several rows). */
    private static final Set<Target> CONTINUABLE = EnumSet.of(Target.SUMMARY, Target.NOTE, Target.NEW_MODEL,
            Target.EXTRA, Target.IGNORE);

    private final FieldMatcher fields;
    private final UnitMatcher units;

    public SheetParser(FieldMatcher fields, UnitMatcher units) {
        this.fields = fields;
        this.units = units;
    }

    /** The exemplars' rows, and notes on rows read as sections that named nothing known. */
    public record Result(List<SourceRow> rows, List<ImportProblem> notes) {
    }

    public Result parse(RawSheet sheet, Layout layout, Progress progress) {
        List<Layout.Column> cols = layout.columns();
        int nameAt = indexOf(cols, Target.NAME) >= 0 ? indexOf(cols, Target.NAME) : indexOf(cols, Target.NAME_POSITION);
        int numberAt = indexOf(cols, Target.NUMBER);
        List<SourceRow> out = new ArrayList<>();
        List<ImportProblem> notes = new ArrayList<>();
        ExemplarKind kind = null;
        String unit = null;
        Long field = null;
        List<Integer> indices = sheet.rowIndices();
        int done = 0;
        for (int r : indices) {
            if (++done % 512 == 0) {
                progress.checkCancelled();
                progress.update(done, indices.size());
            }
            if (r < layout.dataStart()) {
                continue;
            }
            SheetCell[] own = new SheetCell[cols.size()];
            SheetCell[] cells = new SheetCell[cols.size()];
            boolean any = false;
            for (int i = 0; i < cols.size(); i++) {
                int c = cols.get(i).index();
                RawSheet.Merge m = sheet.mergeAt(r, c);
                boolean carried = m != null && m.firstRow() < r;
                own[i] = carried || m != null && m.firstCol() < c ? SheetCell.EMPTY : sheet.cell(r, c);
                cells[i] = carried && m.firstCol() == c ? sheet.cell(m.firstRow(), c) : own[i];
                any |= !own[i].blank();
            }
            if (!any || SheetRows.isNumberRow(sheet, r, sheet.width()) || repeatedHeader(cols, own, nameAt)) {
                continue;
            }
            String first = firstText(own);
            String number = numberAt >= 0 ? own[numberAt].text() : "";
            boolean counted = SheetRows.wholeNumber(number);
            if (!counted && SheetRows.closing(first)) {
                break;
            }
            if (!counted && SheetRows.total(first)) {
                continue;
            }
            SourceRow last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean nameCarried = nameAt >= 0 && isCarried(sheet, r, cols.get(nameAt).index());
            if (last != null && (nameCarried || !counted && continues(cols, own, nameAt))) {
                out.set(out.size() - 1, append(last, own));
                continue;
            }
            boolean sectionLike = !counted && isSection(sheet, r, cols, own, nameAt);
            // "1 | Lĩnh vực Y tế": numbered like an exemplar, but only a known kind, field or unit
            boolean numberedSection = counted && nameAt >= 0 && onlyNumberAndName(own, numberAt, nameAt);
            if (sectionLike || numberedSection) {
                String text = SheetRows.core(sectionText(own, numberAt));
                Section sec = meaning(text, layout, sectionLike);
                if (sec != null) {
                    if (sec.kind() != null) {
                        kind = sec.kind();
                        unit = null;
                        field = null;
                    } else if (sec.field() != null) {
                        field = sec.field();
                    } else {
                        unit = sec.unit();
                        field = null;
                    }
                    continue;
                }
                if (sectionLike) {
                    notes.add(new ImportProblem(r + 1, "", ImportProblem.Severity.WARNING,
                            Messages.get("import.problem.section", sectionText(own, -1))));
                    continue;
                }
            }
            if (nameAt >= 0 && own[nameAt].blank() && onlyNumber(own, numberAt)) {
                continue; // a numbered line left empty in a template
            }
            String[] texts = new String[cols.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = cells[i].text();
            }
            out.add(new SourceRow(r, cells, texts, kind, unit, field));
        }
        progress.update(indices.size(), indices.size());
        return new Result(out, notes);
    }

    /** What a section row says. */
    private record Section(ExemplarKind kind, Long field, String unit) {
    }

    /**
     * The kind, field or unit a section's text names, or null. A unit is taken when the catalogue has
     * it or, for a row marked as a section ({@code loose}), when the text reads like a unit's name;
     * never when the list has its own unit column.
     */
    private Section meaning(String text, Layout layout, boolean loose) {
        ExemplarKind k = Kinds.single(text);
        if (k != null && (loose || text.split(" ").length <= 6)) {
            return new Section(k, null, null);
        }
        Long f = fields.one(text);
        if (f != null) {
            return new Section(null, f, null);
        }
        if (!layout.has(Target.UNIT) && (!units.match(text).isEmpty() || loose && UnitMatcher.looksLikeUnit(text))) {
            return new Section(null, null, text);
        }
        return null;
    }

    private static boolean onlyNumberAndName(SheetCell[] own, int numberAt, int nameAt) {
        for (int i = 0; i < own.length; i++) {
            if (i != numberAt && i != nameAt && !own[i].blank()) {
                return false;
            }
        }
        return !own[nameAt].blank();
    }

    private static boolean isCarried(RawSheet sheet, int r, int c) {
        RawSheet.Merge m = sheet.mergeAt(r, c);
        return m != null && m.firstRow() < r;
    }

    /** No number, no name, and text only where a long achievement or note may run on. */
    private static boolean continues(List<Layout.Column> cols, SheetCell[] own, int nameAt) {
        if (nameAt < 0 || !own[nameAt].blank()) {
            return false;
        }
        for (int i = 0; i < own.length; i++) {
            if (!own[i].blank() && !CONTINUABLE.contains(cols.get(i).target())) {
                return false;
            }
        }
        return true;
    }

    private static SourceRow append(SourceRow last, SheetCell[] own) {
        String[] texts = last.texts().clone();
        for (int i = 0; i < texts.length; i++) {
            if (!own[i].blank()) {
                texts[i] = texts[i].isBlank() ? own[i].text() : texts[i] + "\n" + own[i].text();
            }
        }
        return new SourceRow(last.row(), last.cells(), texts, last.sectionKind(), last.sectionUnit(),
                last.sectionField());
    }

    /**
     * A section row: text only in the number, name or first column (or text merged across the table),
     * marked as a section by a roman numeral or letter, a number inside the text, upper case, a merge
     * across the table, or by naming a kind of exemplar.
     */
    private static boolean isSection(RawSheet sheet, int r, List<Layout.Column> cols, SheetCell[] own, int nameAt) {
        int firstAt = -1;
        boolean dataElsewhere = false;
        for (int i = 0; i < own.length; i++) {
            if (own[i].blank()) {
                continue;
            }
            if (firstAt < 0) {
                firstAt = i;
            }
            if (!STRUCTURAL.contains(cols.get(i).target()) && i != 0) {
                dataElsewhere = true;
            }
        }
        RawSheet.Merge m = sheet.mergeAt(r, cols.get(firstAt).index());
        boolean across = m != null && m.lastCol() - m.firstCol() >= 2;
        if (dataElsewhere && !across) {
            return false;
        }
        String text = sectionText(own, -1);
        String number = own[firstAt].text();
        return SheetRows.sectionNumber(number) || SheetRows.numbered(text) || across
                || SheetRows.upperCase(SheetRows.core(text)) || Kinds.single(SheetRows.core(text)) != null
                && SheetRows.core(text).split(" ").length <= 8;
    }

    /** The row's text, without the STT cell ("II", "1") when there is text beside it. */
    private static String sectionText(SheetCell[] own, int numberAt) {
        boolean besides = false;
        for (int i = 0; i < own.length; i++) {
            besides |= i != numberAt && !own[i].blank();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < own.length; i++) {
            if (!own[i].blank() && !(besides && i == numberAt)) {
                b.append(b.length() == 0 ? "" : " ").append(own[i].text().strip());
            }
        }
        return b.toString();
    }

    private static boolean repeatedHeader(List<Layout.Column> cols, SheetCell[] own, int nameAt) {
        if (nameAt < 0 || own[nameAt].blank()) {
            return false;
        }
        Target t = HeaderTitles.classify(own[nameAt].text());
        if (t != cols.get(nameAt).target()) {
            return false;
        }
        int same = 0;
        for (int i = 0; i < own.length; i++) {
            if (!own[i].blank() && HeaderTitles.classify(own[i].text()) == cols.get(i).target()) {
                same++;
            }
        }
        return same >= 2;
    }

    private static boolean onlyNumber(SheetCell[] own, int numberAt) {
        for (int i = 0; i < own.length; i++) {
            if (i != numberAt && !own[i].blank()) {
                return false;
            }
        }
        return true;
    }

    private static String firstText(SheetCell[] own) {
        for (SheetCell c : own) {
            if (!c.blank()) {
                return c.text();
            }
        }
        return "";
    }

    private static int indexOf(List<Layout.Column> cols, Target t) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).target() == t) {
                return i;
            }
        }
        return -1;
    }
}
