package vn.dienhinh.ui.certificate;

import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.PrinterOffset;

/**
 * What the layout editor is changing: the layout of one blank as drafted (not yet saved), the field chosen,
 * the printer's offset, and whether anything differs from what was saved. Holds no control; the service
 * checks the draft when it is saved.
 */
final class LayoutEditorModel {

    /** An arrow key moves the chosen field by this much. */
    static final double STEP_MM = 0.5;
    /** Shift and an arrow key move it by this much. */
    static final double BIG_STEP_MM = 5;

    private final ObjectProperty<CertificateLayout> draft = new SimpleObjectProperty<>();
    private final ObjectProperty<CertificateSlot> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PrinterOffset> offset = new SimpleObjectProperty<>(PrinterOffset.NONE);
    private final BooleanProperty dirty = new SimpleBooleanProperty();

    ObjectProperty<CertificateLayout> draft() {
        return draft;
    }

    ObjectProperty<CertificateSlot> selected() {
        return selected;
    }

    ObjectProperty<PrinterOffset> offset() {
        return offset;
    }

    BooleanProperty dirty() {
        return dirty;
    }

    /** Starts on {@code layout} as saved; the chosen field stays when the layout has it, else the first. */
    void load(CertificateLayout layout, PrinterOffset printerOffset) {
        CertificateSlot keep = selected.get();
        draft.set(layout);
        offset.set(printerOffset == null ? PrinterOffset.NONE : printerOffset);
        if (keep == null || layout.field(keep) == null) {
            selected.set(layout.fields().isEmpty() ? null : layout.fields().get(0).slot());
        }
        dirty.set(false);
    }

    FieldPlacement selectedField() {
        CertificateLayout l = draft.get();
        return l == null || selected.get() == null ? null : l.field(selected.get());
    }

    /**
     * Moves the chosen field by whole steps, never off the blank: its box stays between the blank's edges
     * (a box wider or taller than the blank is held at the left or top edge).
     */
    void nudge(double dxMm, double dyMm) {
        FieldPlacement f = selectedField();
        if (f == null) {
            return;
        }
        CertificateLayout l = draft.get();
        double x = clamp(f.xMm() + dxMm, 0, l.pageWidthMm() - f.widthMm());
        double top = f.topMm() + dyMm;
        double height = f.bottomMm() - f.topMm();
        double clampedTop = clamp(top, 0, l.pageHeightMm() - height);
        double y = f.yMm() + dyMm + (clampedTop - top);
        change(l.with(f.at(FieldPlacement.round(x), FieldPlacement.round(y))));
    }

    /** Puts the chosen field's left edge and baseline at this point, rounded to the step (a drag). */
    void moveTo(double xMm, double yMm) {
        FieldPlacement f = selectedField();
        if (f == null) {
            return;
        }
        double x = Math.round(xMm / STEP_MM) * STEP_MM;
        double y = Math.round(yMm / STEP_MM) * STEP_MM;
        nudge(x - f.xMm(), y - f.yMm());
    }

    /**
     * An arrow key: the chosen field moves one step each way asked ({@code dx} and {@code dy} are -1, 0 or 1),
     * by {@link #BIG_STEP_MM} when {@code big} (Shift held), else by {@link #STEP_MM}; never off the blank.
     */
    void arrow(int dx, int dy, boolean big) {
        double step = big ? BIG_STEP_MM : STEP_MM;
        nudge(dx * step, dy * step);
    }

    /**
     * The chosen field's left edge as typed, rounded to the tenth of a millimetre. Not held on the blank as a
     * nudge is: the service names a field that does not fit when the layout is saved.
     */
    void x(double mm) {
        edit(f -> f.at(FieldPlacement.round(mm), f.yMm()));
    }

    /** The chosen field's first baseline as typed, rounded to the tenth of a millimetre. */
    void y(double mm) {
        edit(f -> f.at(f.xMm(), FieldPlacement.round(mm)));
    }

    /** The chosen field's width as typed, rounded to the tenth of a millimetre. */
    void width(double mm) {
        edit(f -> f.withWidth(FieldPlacement.round(mm)));
    }

    /** The page's width as typed, in millimetres. */
    void pageWidth(double mm) {
        editLayout(l -> l.withPage(mm, l.pageHeightMm()));
    }

    /** The page's height as typed, in millimetres. */
    void pageHeight(double mm) {
        editLayout(l -> l.withPage(l.pageWidthMm(), mm));
    }

    /** A paper size chosen: its sides laid the way the blank is turned; {@link Paper#OTHER} changes nothing. */
    void paper(Paper p) {
        if (p != Paper.OTHER) {
            editLayout(l -> l.landscape() ? l.withPage(p.longMm, p.shortMm) : l.withPage(p.shortMm, p.longMm));
        }
    }

    /** Changes the chosen field. */
    void edit(UnaryOperator<FieldPlacement> change) {
        FieldPlacement f = selectedField();
        if (f != null) {
            change(draft.get().with(change.apply(f)));
        }
    }

    /** Changes the layout itself (page, name, form, scan). */
    void editLayout(UnaryOperator<CertificateLayout> change) {
        if (draft.get() != null) {
            change(change.apply(draft.get()));
        }
    }

    /** The blank turned: width and height swapped when they do not already say {@code landscape}. */
    void orientation(boolean landscape) {
        CertificateLayout l = draft.get();
        if (l != null && l.landscape() != landscape && l.pageWidthMm() != l.pageHeightMm()) {
            change(l.withPage(l.pageHeightMm(), l.pageWidthMm()));
        }
    }

    /** The printer's offset across, in millimetres; the offset down stays. */
    void offsetX(double mm) {
        setOffset(new PrinterOffset(mm, offset.get().yMm()));
    }

    /** The printer's offset down, in millimetres; the offset across stays. */
    void offsetY(double mm) {
        setOffset(new PrinterOffset(offset.get().xMm(), mm));
    }

    void setOffset(PrinterOffset p) {
        if (!p.equals(offset.get())) {
            offset.set(p);
            dirty.set(true);
        }
    }

    private void change(CertificateLayout l) {
        if (!l.equals(draft.get())) {
            draft.set(l);
            dirty.set(true);
        }
    }

    private static double clamp(double v, double min, double max) {
        return max < min ? min : Math.max(min, Math.min(max, v));
    }
}
