package vn.dienhinh.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.dienhinh.model.ExemplarBuilder;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Gender;
import vn.dienhinh.util.Messages;

/** What {@link RowReader} has read of one row so far, and the problems found in it. */
final class RowState {

    final ExemplarBuilder b = RowReader.newBuilder();
    final Set<Long> fieldIds = new LinkedHashSet<>();
    private final int row;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final StringBuilder note = new StringBuilder();
    String name;
    String givenName;
    String morePosition;
    ExemplarKind kind;
    ExemplarCategory category;
    Gender gender;
    private Gender marked;
    Integer birthYear;
    LocalDate birthDate;
    String birthText;
    Layout.Column birthColumn;
    String address;
    String unit;
    String unitColumn = "";
    String summary;
    boolean fieldsGiven;

    RowState(int row) {
        this.row = row;
    }

    void warn(Layout.Column col, String key, Object... args) {
        problems.add(new ImportProblem(row, col.label(), ImportProblem.Severity.WARNING, Messages.get(key, args)));
    }

    private void error(String column, String key, Object... args) {
        problems.add(new ImportProblem(row, column, ImportProblem.Severity.ERROR, Messages.get(key, args)));
    }

    /** Keeps a value the registry has no place for in the note: "Dân tộc: Kinh". */
    void extra(String title, String value) {
        note(title == null || title.isBlank() ? value : title + ": " + value);
    }

    void note(String text) {
        if (text != null && !text.isBlank()) {
            note.append(note.length() == 0 ? "" : "; ").append(text);
        }
    }

    void birth(Values.Birth v, Layout.Column col, String text, LocalDate today) {
        if (v.year() == null && !v.unreadable()) {
            return;
        }
        if (v.yearInDateCell()) {
            warn(col, "import.problem.birthYearInDateCell", text, v.year());
        }
        birthColumn = col;
        birthText = text;
        birthYear = v.year();
        birthDate = v.date();
        if (v.unreadable()) {
            birthYear = null;
        }
    }

    /** A tick in the "Nam" or "Nữ" column; both ticked is said, and leaves the gender blank. */
    void mark(Layout.Column col, Gender g) {
        if (marked != null && marked != g) {
            warn(col, "import.problem.bothGenders");
            gender = null;
            return;
        }
        marked = g;
        gender = g;
    }

    /** A value the registry checks (phone, ID number): kept when it is well formed, otherwise noted. */
    void checked(Layout.Column col, String value, String key, Consumer<String> set, Predicate<String> ok) {
        if (value == null) {
            return;
        }
        if (ok.test(value)) {
            set.accept(value);
        } else {
            warn(col, key, value);
            extra(col.title(), value);
        }
    }

    ParsedRow finish(SourceRow src, RowReader reader) {
        Layout layout = reader.layout();
        if (givenName != null) {
            name = name == null || name.isBlank() ? givenName : name + " " + givenName;
        }
        Layout.Column nameCol = layout.has(Target.NAME) ? layout.column(Target.NAME) : layout.column(Target.NAME_POSITION);
        if (name == null || name.isBlank()) {
            error(nameCol == null ? "" : nameCol.label(), "import.problem.noName");
        } else if (name.length() > 200) {
            error(nameCol == null ? "" : nameCol.label(), "import.problem.nameTooLong");
        }
        ExemplarKind k = reader.kindOf(kind, src, name);
        if (k == ExemplarKind.INDIVIDUAL && name != null) {
            honorific();
        }
        if (morePosition != null) {
            if (b.build().position() == null) {
                b.position(morePosition);
            } else {
                note(morePosition);
            }
        }
        checkBirth(k, today(reader));
        if (k == ExemplarKind.INDIVIDUAL || k == ExemplarKind.HOUSEHOLD) {
            b.gender(gender).birthYear(birthYear).birthDate(birthDate);
        }
        if (k == ExemplarKind.INDIVIDUAL) {
            b.residence(address);
        } else {
            b.address(address);
        }
        List<Long> fields = new ArrayList<>(fieldIds);
        if (!fieldsGiven && src.sectionField() != null) {
            fields.add(src.sectionField());
        }
        String unitText = unit != null ? unit : src.sectionUnit();
        b.kind(k).name(name).fieldIds(fields).summary(summary).note(note.length() == 0 ? null : note.toString());
        if (category != null) {
            b.category(category);
        }
        return new ParsedRow(row, b.build(), unitText, unit != null ? unitColumn : "", problems);
    }

    /** "Ông Nguyễn Văn An", "Bà Lê Thị Mai": the name without the title, which tells the gender. */
    private void honorific() {
        java.util.regex.Matcher m = HONORIFIC.matcher(name);
        if (m.matches()) {
            name = m.group(2);
            if (gender == null) {
                gender = m.group(1).equalsIgnoreCase("ông") || m.group(1).equalsIgnoreCase("anh")
                        ? Gender.MALE : Gender.FEMALE;
            }
        }
    }

    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
            "(Ông|ông|ÔNG|Bà|bà|BÀ|Anh|Chị)\\.?\\s+(\\p{Lu}\\S*(\\s+\\S+)+)");

    /** An unreadable or impossible birth stops the row for a person; for a collective it is only noted. */
    private void checkBirth(ExemplarKind k, LocalDate today) {
        if (birthColumn == null) {
            return;
        }
        if (k == ExemplarKind.COLLECTIVE) {
            extra(birthColumn.title(), birthText);
            return;
        }
        if (birthYear == null) {
            error(birthColumn.label(), "import.problem.birthUnreadable", birthText);
        } else if (birthYear < Values.MIN_YEAR || birthYear > today.getYear()
                || birthDate != null && birthDate.isAfter(today)) {
            error(birthColumn.label(), "import.problem.birthImpossible", birthText, Values.MIN_YEAR, today.getYear());
        }
    }

    private static LocalDate today(RowReader reader) {
        return reader.today();
    }
}
