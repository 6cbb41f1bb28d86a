package vn.dienhinh.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How one kind of pre-printed blank (phôi giấy khen, phôi bằng khen) is filled: its page in millimetres
 * (landscape when wider than high), the award form it is used for by default (may be null), a scan or photo
 * of the blank shown under the fields while they are placed (a file of the user's; never printed), and where
 * each slot goes.
 */
public record CertificateLayout(Long id, String name, Long formId, double pageWidthMm, double pageHeightMm,
                                String scanImage, List<FieldPlacement> fields) {

    public CertificateLayout {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public boolean landscape() {
        return pageWidthMm > pageHeightMm;
    }

    /** The placement of {@code slot}, or null when the layout has none. */
    public FieldPlacement field(CertificateSlot slot) {
        for (FieldPlacement f : fields) {
            if (f.slot() == slot) {
                return f;
            }
        }
        return null;
    }

    /** The same layout with {@code f} in place of the placement of its slot (added when missing). */
    public CertificateLayout with(FieldPlacement f) {
        List<FieldPlacement> out = new ArrayList<>();
        boolean replaced = false;
        for (FieldPlacement g : fields) {
            if (g.slot() == f.slot()) {
                out.add(f);
                replaced = true;
            } else {
                out.add(g);
            }
        }
        if (!replaced) {
            out.add(f);
        }
        return new CertificateLayout(id, name, formId, pageWidthMm, pageHeightMm, scanImage, out);
    }

    public CertificateLayout withPage(double widthMm, double heightMm) {
        return new CertificateLayout(id, name, formId, widthMm, heightMm, scanImage, fields);
    }

    public CertificateLayout withScanImage(String path) {
        return new CertificateLayout(id, name, formId, pageWidthMm, pageHeightMm, path, fields);
    }

    public CertificateLayout named(String newName, Long newFormId) {
        return new CertificateLayout(id, newName, newFormId, pageWidthMm, pageHeightMm, scanImage, fields);
    }

    public CertificateLayout withId(Long newId) {
        return new CertificateLayout(newId, name, formId, pageWidthMm, pageHeightMm, scanImage, fields);
    }
}
