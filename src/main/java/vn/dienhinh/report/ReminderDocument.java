package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;

/**
 * The công văn đôn đốc in the Nghị định 30 layout (Phụ lục I, mẫu 1.4): "Số: …/UBND" with its trích yếu
 * "V/v …" under it, no title, "Kính gửi" the owing units, the plan it rests on, the table of what each
 * still owes, the request with its deadline, "Nơi nhận: - Như trên; - Lưu: …" and the office's signature.
 */
public final class ReminderDocument {

    private final OfficeProfile issuer;

    public ReminderDocument(OfficeProfile issuer) {
        this.issuer = issuer;
    }

    public void write(ReminderLetter l, DocumentMeta meta, Path target) {
        try (OfficialDocument d = new OfficialDocument(issuer)) {
            d.letterHeader(meta, l.subjectLine());
            d.addressedTo(l.addressees());
            d.paragraph(l.basis());
            d.paragraph(l.status());
            List<List<Object>> rows = new ArrayList<>();
            int n = 0;
            for (ReminderLetter.Owing o : l.rows()) {
                rows.add(List.of(++n, o.unit(), Counts.padded(o.required()), Counts.padded(o.sent()), o.missing()));
            }
            d.table(List.of(TableColumn.centered(Messages.get("col.no"), 0.7),
                    TableColumn.left(Messages.get("reminder.col.unit"), 3),
                    TableColumn.centered(Messages.get("reminder.col.required"), 1.1),
                    TableColumn.centered(Messages.get("reminder.col.sent"), 1.1),
                    TableColumn.left(Messages.get("reminder.col.missing"), 3.4)), rows);
            d.paragraph(l.request());
            if (!l.consequence().isBlank()) {
                d.paragraph(l.consequence());
            }
            d.closing(l.closing());
            d.signature(l.recipients()).save(target);
        }
    }
}
