package vn.dienhinh.service;

import java.util.List;
import java.util.Map;
import vn.dienhinh.model.ActivityForm;
import vn.dienhinh.model.CampaignKind;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.ChangeEntry;
import vn.dienhinh.model.Discovery;
import vn.dienhinh.model.EvaluationRating;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.FieldChange;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.store.ChangeLogRepository;
import vn.dienhinh.util.Messages;

/**
 * The change history of the registry (who changed what, when) and its wording in Vietnamese:
 * "Năm sinh: 1985 → 1986", enum values and dates as the screens show them.
 */
public final class ChangeHistoryService {

    /** Columns holding enum names, with the enum that labels them. */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of("kind", ExemplarKind.class,
            "category", ExemplarCategory.class, "gender", Gender.class, "discovery", Discovery.class,
            "status", ExemplarStatus.class, "rating", EvaluationRating.class, "form", ActivityForm.class,
            "quota_mode", QuotaMode.class, "outcome", vn.dienhinh.model.NomineeOutcome.class,
            "task_rating", vn.dienhinh.model.TaskRating.class);

    private final ChangeLogRepository log;

    public ChangeHistoryService(ChangeLogRepository log) {
        this.log = log;
    }

    /** The exemplar's changes and those of its fields, deeds, evaluations and introductions, newest first. */
    public List<ChangeEntry> ofExemplar(long exemplarId) {
        return log.ofExemplar(exemplarId);
    }

    /** The changes of a unit, field, campaign … ({@code entity} is the table name), newest first. */
    public List<ChangeEntry> ofRecord(String entity, long id) {
        return log.ofRecord(entity, id);
    }

    public List<ChangeEntry> recent(int limit) {
        return log.recent(limit);
    }

    /**
     * Compacts the history before {@code day} ({@link ChangeLogRepository#compactBefore}): each record's
     * old changes become one line from the first value to the last. The database file's size before and
     * after come with what was done.
     */
    public CompactionReport compactBefore(java.time.LocalDate day) {
        long before = log.fileSize();
        vn.dienhinh.model.HistoryCompaction done = log.compactBefore(day);
        return new CompactionReport(day, done, before, log.fileSize());
    }

    /** What a compaction did, in one sentence (the command line's and the window's). */
    public static String message(CompactionReport r) {
        if (r.compaction().removed() == 0) {
            return Messages.get("history.compactNothing", Dates.format(r.day()));
        }
        return Messages.get("history.compactDone", Dates.format(r.day()), r.compaction().records(),
                r.compaction().removed(), r.compaction().linesAfter(), vn.dienhinh.util.FileSizes.format(r.fileBefore()),
                vn.dienhinh.util.FileSizes.format(r.fileAfter()));
    }

    /** What {@link #compactBefore} did, and the database file's size in bytes before and after. */
    public record CompactionReport(java.time.LocalDate day, vn.dienhinh.model.HistoryCompaction compaction,
                                   long fileBefore, long fileAfter) {
    }

    /**
     * "Thêm mới", "Sửa", "Xóa" with what was touched: "Sửa điển hình", "Thêm việc tốt, thành tích" …; a
     * line standing for several changes (compacted history) says how many and over what time.
     */
    public static String action(ChangeEntry e) {
        String what = Messages.get("history.action." + e.action().name(), Messages.get("history.entity." + e.entity()));
        if (e.merged() > 1) {
            return Messages.get("history.merged", what, e.merged(), Dates.format(e.firstAt().toLocalDate()),
                    Dates.format(e.at().toLocalDate()));
        }
        return what;
    }

    /**
     * One line per attribute: "Họ và tên: Nguyễn Thị Ánh → Nguyễn Thị Ánh Hồng"; a creation is one
     * line, the name of what was added ("Nguyễn Thị Ánh", "Y tế", "Quý 3/2026 – Y tế").
     */
    public static String describe(ChangeEntry e) {
        if (e.changes().isEmpty()) {
            return e.label() == null ? "" : e.label();
        }
        StringBuilder b = new StringBuilder();
        for (FieldChange c : e.changes()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            String label = Messages.get("history.field." + c.field());
            String before = value(e.entity(), c.field(), c.before());
            String after = value(e.entity(), c.field(), c.after());
            if (e.action() == ChangeEntry.Action.UPDATE) {
                b.append(Messages.get("history.changed", label, before.isEmpty() ? Messages.get("history.empty") : before,
                        after.isEmpty() ? Messages.get("history.empty") : after));
            } else {
                b.append(Messages.get("history.value", label, e.action() == ChangeEntry.Action.DELETE ? before : after));
            }
        }
        return b.toString();
    }

    private static String value(String entity, String field, String v) {
        if (v == null) {
            return "";
        }
        Class<? extends Enum<?>> type = "campaign".equals(entity) && "kind".equals(field) ? CampaignKind.class
                : "campaign".equals(entity) && "status".equals(field) ? CampaignStatus.class
                : "nomination".equals(entity) && "status".equals(field) ? vn.dienhinh.model.NominationStatus.class
                : ENUMS.get(field);
        if (type != null) {
            for (Enum<?> c : type.getEnumConstants()) {
                if (c.name().equals(v)) {
                    return Messages.of(c);
                }
            }
        }
        if ("active".equals(field)) {
            return Messages.get("0".equals(v) ? "report.no" : "report.yes");
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Dates.format(java.time.LocalDate.parse(v));
        }
        return v;
    }
}
