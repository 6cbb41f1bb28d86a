package vn.dienhinh.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarBuilder;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Gender;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * Reads one row's cells into an exemplar: text cleaned (NFC, spaces collapsed), the birth as a year
 * or a date, the gender from a column or from which of "Nam"/"Nữ" holds the year, fields matched to
 * the catalogue, the kind from a "Loại" column, the section, the titles or the name. A value the
 * registry cannot hold as such (a malformed phone, an extra column) is kept in the note, never lost.
 */
public final class RowReader {

    private final Layout layout;
    private final FieldMatcher fields;
    private final LocalDate today;

    public RowReader(Layout layout, FieldMatcher fields, LocalDate today) {
        this.layout = layout;
        this.fields = fields;
        this.today = today;
    }

    public ParsedRow read(SourceRow src) {
        RowState s = new RowState(src.rowNumber());
        List<Layout.Column> cols = layout.columns();
        for (int i = 0; i < cols.size(); i++) {
            String raw = src.texts()[i];
            if (raw == null || raw.isBlank()) {
                continue;
            }
            read(s, cols.get(i), src.cells()[i], raw);
        }
        return s.finish(src, this);
    }

    private void read(RowState s, Layout.Column col, SheetCell cell, String raw) {
        String text = VietnameseText.clean(raw);
        switch (col.target()) {
            case NAME -> {
                String[] lines = raw.strip().split("\\s*\\R\\s*", 2);
                s.name = VietnameseText.clean(lines[0]);
                if (lines.length > 1) {
                    s.morePosition = VietnameseText.clean(lines[1]);
                }
            }
            case NAME_GIVEN -> s.givenName = text;
            case NAME_POSITION -> {
                String[] parts = raw.strip().split("\\s*(\\R|,)\\s*", 2);
                s.name = VietnameseText.clean(parts[0]);
                s.morePosition = parts.length > 1 ? VietnameseText.clean(parts[1]) : null;
            }
            case KIND -> {
                s.kind = Kinds.parse(text);
                if (s.kind == null) {
                    s.warn(col, "import.problem.kind", text);
                }
            }
            case CATEGORY -> s.category = category(text, s, col);
            case BIRTH, BIRTH_MALE, BIRTH_FEMALE -> {
                s.birth(Values.birth(cell, raw), col, text, today);
                if (col.target() != Target.BIRTH) {
                    s.gender = col.target() == Target.BIRTH_MALE ? Gender.MALE : Gender.FEMALE;
                }
            }
            case GENDER -> {
                s.gender = Values.gender(text);
                if (s.gender == null) {
                    s.warn(col, "import.problem.gender", text);
                    s.extra(col.title(), text);
                }
            }
            case MALE, FEMALE -> {
                if (Values.marked(text)) {
                    s.mark(col, col.target() == Target.MALE ? Gender.MALE : Gender.FEMALE);
                    if (Values.birthInMark(cell, raw)) {
                        s.birth(Values.birth(cell, raw), col, text, today);
                    }
                }
            }
            case POSITION -> s.b.position(text);
            case WORKPLACE -> s.b.workplace(text);
            case POSITION_WORKPLACE -> {
                int comma = text.indexOf(',');
                s.b.position(comma < 0 ? text : text.substring(0, comma).strip());
                if (comma >= 0) {
                    s.b.workplace(text.substring(comma + 1).strip());
                }
            }
            case ADDRESS -> s.address = text;
            case PHONE -> s.checked(col, Values.phone(cell, raw), "import.problem.phone", s.b::phone,
                    v -> v.matches("\\+?[0-9][0-9 .\\-]{5,19}"));
            case ID_NUMBER -> s.checked(col, Values.idNumber(cell, raw), "import.problem.idNumber", s.b::idNumber,
                    v -> v.matches("\\d{9}|\\d{12}"));
            case HEAD_NAME -> s.b.headName(text);
            case MEMBER_COUNT -> {
                Integer n = Values.count(cell, raw);
                if (n == null) {
                    s.warn(col, "import.problem.memberCount", text);
                    s.extra(col.title(), text);
                }
                s.b.memberCount(n);
            }
            case UNIT -> {
                s.unit = text;
                s.unitColumn = col.label();
            }
            case FIELD -> {
                FieldMatcher.Match m = fields.match(raw);
                s.fieldIds.addAll(m.fieldIds());
                s.fieldsGiven = true;
                for (String u : m.unknown()) {
                    s.warn(col, "import.problem.unknownField", u);
                    s.extra(col.title(), u);
                }
            }
            case NEW_MODEL -> s.b.newModel(text);
            case SUMMARY -> s.summary = s.summary == null ? text : s.summary + "; " + text;
            case STATUS -> s.b.status(status(text, s, col));
            case FOUND_ON -> {
                LocalDate d = Values.date(cell, raw);
                if (d == null || d.isAfter(today) || d.getYear() < Values.MIN_YEAR) {
                    s.warn(col, "import.problem.foundOn", text);
                    s.extra(col.title(), text);
                } else {
                    s.b.foundOn(d);
                }
            }
            case NOTE -> s.note(text);
            case EXTRA -> s.extra(col.title(), text);
            default -> {
            }
        }
    }

    private static ExemplarCategory category(String text, RowState s, Layout.Column col) {
        String t = HeaderTitles.normal(text);
        for (ExemplarCategory c : ExemplarCategory.values()) {
            if (t.equals(HeaderTitles.normal(Messages.of(c))) || t.equals(c.name().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        if (HeaderTitles.hasPhrase(t, "nguoi tot")) {
            return ExemplarCategory.GOOD_DEED;
        }
        if (HeaderTitles.hasPhrase(t, "mo hinh") || HeaderTitles.hasPhrase(t, "cach lam hay")) {
            return ExemplarCategory.NEW_MODEL;
        }
        if (HeaderTitles.hasPhrase(t, "nhan to moi")) {
            return ExemplarCategory.NEW_FACTOR;
        }
        if (HeaderTitles.hasPhrase(t, "dien hinh")) {
            return ExemplarCategory.ADVANCED;
        }
        s.warn(col, "import.problem.category", text);
        s.extra(col.title(), text);
        return ExemplarCategory.ADVANCED;
    }

    private static ExemplarStatus status(String text, RowState s, Layout.Column col) {
        String t = HeaderTitles.normal(text);
        for (ExemplarStatus st : ExemplarStatus.values()) {
            if (t.equals(HeaderTitles.normal(Messages.of(st))) || t.equals(st.name().toLowerCase(Locale.ROOT))) {
                return st;
            }
        }
        s.warn(col, "import.problem.status", text);
        s.extra(col.title(), text);
        return ExemplarStatus.FOUND;
    }

    /** The kind from a column, else the section, else the titles, else the name, else a person. */
    ExemplarKind kindOf(ExemplarKind fromColumn, SourceRow src, String name) {
        if (fromColumn != null) {
            return fromColumn;
        }
        if (src.sectionKind() != null) {
            return src.sectionKind();
        }
        if (layout.kindHint() != null) {
            return layout.kindHint();
        }
        ExemplarKind byName = name == null ? null : Kinds.fromName(name);
        return byName != null ? byName : ExemplarKind.INDIVIDUAL;
    }

    Layout layout() {
        return layout;
    }

    LocalDate today() {
        return today;
    }

    /** Builds the exemplar's builder lazily; used only by {@link RowState}. */
    static ExemplarBuilder newBuilder() {
        return Exemplar.builder();
    }
}
