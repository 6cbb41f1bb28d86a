package vn.dienhinh.ui.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.util.UserException;

/** The number, date and "day left open" inputs of an outgoing document, read into a {@link DocumentMeta}. */
final class DocumentFields {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final TextField number;
    private final DatePicker date;
    private final CheckBox dayOpen;

    DocumentFields(TextField number, DatePicker date, CheckBox dayOpen) {
        this.number = number;
        this.date = date;
        this.dayOpen = dayOpen;
        vietnameseDates(date);
    }

    void set(DocumentMeta meta) {
        number.setText(meta.number() == null ? "" : String.valueOf(meta.number()));
        date.setValue(meta.date());
        dayOpen.setSelected(meta.dayLeftOpen());
    }

    /** The document's number (blank: left for the clerk), date and open day; a bad number is a user error. */
    DocumentMeta meta(LocalDate today) {
        String n = number.getText() == null ? "" : number.getText().strip();
        Integer value = null;
        if (!n.isEmpty()) {
            if (!n.matches("\\d{1,6}") || Integer.parseInt(n) < 1) {
                throw new UserException("export.badNumber", n);
            }
            value = Integer.parseInt(n);
        }
        LocalDate d = date.getValue() == null ? today : date.getValue();
        return new DocumentMeta(value, d, dayOpen.isSelected());
    }

    static void vietnameseDates(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : FORMAT.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip(), TYPED);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
    }
}
