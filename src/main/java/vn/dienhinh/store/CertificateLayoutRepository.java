package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.model.TextAlign;
import vn.dienhinh.model.TextFit;
import vn.dienhinh.util.VietnameseText;

/** Layouts of the certificate blanks with their fields (V11), and the printer's offset (one row). */
public final class CertificateLayoutRepository {

    private final Database db;

    public CertificateLayoutRepository(Database db) {
        this.db = db;
    }

    /** Every layout, by name in Vietnamese order. */
    public List<CertificateLayout> all() {
        return db.read(c -> {
            List<CertificateLayout> out = new ArrayList<>();
            for (CertificateLayout l : Sql.list(c, "SELECT * FROM certificate_layout", CertificateLayoutRepository::layout)) {
                out.add(withFields(c, l));
            }
            out.sort((a, b) -> VietnameseText.ORDER.compare(a.name(), b.name()));
            return out;
        });
    }

    public CertificateLayout find(long id) {
        return db.read(c -> {
            CertificateLayout l = Sql.one(c, "SELECT * FROM certificate_layout WHERE id = ?",
                    CertificateLayoutRepository::layout, id);
            return l == null ? null : withFields(c, l);
        });
    }

    /** The layout whose name is {@code name} ignoring case and diacritics, or null. */
    public CertificateLayout findByName(String name) {
        return db.read(c -> {
            CertificateLayout l = Sql.one(c, "SELECT * FROM certificate_layout WHERE name_fold = ?",
                    CertificateLayoutRepository::layout, fold(name));
            return l == null ? null : withFields(c, l);
        });
    }

    /** The id of another layout named like {@code name}, or null. */
    public Long otherNamed(String name, Long except) {
        return db.read(c -> Sql.one(c, "SELECT id FROM certificate_layout WHERE name_fold = ? AND NOT (id " + Dialect.of(c).isSame() + " ?)",
                rs -> rs.getLong(1), fold(name), except));
    }

    /** Saves the layout and all its fields in one transaction; returns it as stored. */
    public CertificateLayout save(CertificateLayout l) {
        return db.inTransaction(c -> {
            long id;
            if (l.id() == null) {
                id = Sql.insert(c, "INSERT INTO certificate_layout (name, name_fold, form_id, page_width_mm, page_height_mm, "
                        + "scan_image, updated_at) VALUES (?,?,?,?,?,?, " + Dialect.of(c).now() + ")",
                        l.name(), fold(l.name()), l.formId(), l.pageWidthMm(), l.pageHeightMm(), l.scanImage());
            } else {
                id = l.id();
                Sql.update(c, "UPDATE certificate_layout SET name = ?, name_fold = ?, form_id = ?, page_width_mm = ?, "
                        + "page_height_mm = ?, scan_image = ?, updated_at = " + Dialect.of(c).now() + " "
                        + "WHERE id = ?", l.name(), fold(l.name()), l.formId(), l.pageWidthMm(), l.pageHeightMm(),
                        l.scanImage(), id);
                Sql.update(c, "DELETE FROM certificate_field WHERE layout_id = ?", id);
            }
            for (FieldPlacement f : l.fields()) {
                Sql.update(c, "INSERT INTO certificate_field (layout_id, slot, printed, x_mm, y_mm, width_mm, font_size, "
                        + "bold, italic, align, fit, max_lines) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", id, f.slot(), f.printed(),
                        f.xMm(), f.yMm(), f.widthMm(), f.fontSize(), f.bold(), f.italic(), f.align(), f.fit(), f.maxLines());
            }
            return withFields(c, Sql.one(c, "SELECT * FROM certificate_layout WHERE id = ?",
                    CertificateLayoutRepository::layout, id));
        });
    }

    public void delete(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM certificate_layout WHERE id = ?", id));
    }

    public PrinterOffset printerOffset() {
        PrinterOffset p = db.read(c -> Sql.one(c, "SELECT offset_x_mm, offset_y_mm FROM certificate_printer WHERE id = 1",
                rs -> new PrinterOffset(rs.getDouble(1), rs.getDouble(2))));
        return p == null ? PrinterOffset.NONE : p;
    }

    public void savePrinterOffset(PrinterOffset p) {
        db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO certificate_printer (id) VALUES (1) ON CONFLICT DO NOTHING");
            return Sql.update(c, "UPDATE certificate_printer SET offset_x_mm = ?, offset_y_mm = ? WHERE id = 1",
                    p.xMm(), p.yMm());
        });
    }

    private static CertificateLayout withFields(Connection c, CertificateLayout l) throws SQLException {
        List<FieldPlacement> fields = Sql.list(c, "SELECT * FROM certificate_field WHERE layout_id = ?",
                CertificateLayoutRepository::field, l.id());
        fields.sort(java.util.Comparator.comparing(FieldPlacement::slot));
        return new CertificateLayout(l.id(), l.name(), l.formId(), l.pageWidthMm(), l.pageHeightMm(), l.scanImage(),
                fields);
    }

    private static CertificateLayout layout(ResultSet rs) throws SQLException {
        return new CertificateLayout(rs.getLong("id"), rs.getString("name"), Sql.id(rs, "form_id"),
                rs.getDouble("page_width_mm"), rs.getDouble("page_height_mm"), rs.getString("scan_image"), List.of());
    }

    private static FieldPlacement field(ResultSet rs) throws SQLException {
        return new FieldPlacement(CertificateSlot.valueOf(rs.getString("slot")), rs.getBoolean("printed"),
                rs.getDouble("x_mm"), rs.getDouble("y_mm"), rs.getDouble("width_mm"), rs.getDouble("font_size"),
                rs.getBoolean("bold"), rs.getBoolean("italic"), Sql.enumOf(TextAlign.class, rs, "align"),
                Sql.enumOf(TextFit.class, rs, "fit"), rs.getInt("max_lines"));
    }

    private static String fold(String name) {
        return VietnameseText.fold(VietnameseText.clean(name));
    }
}
