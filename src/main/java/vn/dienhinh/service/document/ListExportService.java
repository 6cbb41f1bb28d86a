package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.Counts;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.CommendationListExport;
import vn.dienhinh.report.ExcelListWriter;
import vn.dienhinh.report.ExemplarListExport;
import vn.dienhinh.report.IntroductionListExport;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.store.ReportQueries;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * Printable Excel lists, streamed from the database: the registry as filtered on screen, the quarterly
 * introductions of a period, the commendations of a year. Each is one the office can sign as it comes
 * out: its letterhead, "Tính đến ngày …" (today, or the period's last day when it is over), a totals
 * row, the place and date with the preparer's and the signer's places.
 */
public final class ListExportService {

    private final RegistryService registry;
    private final CatalogService catalog;
    private final ReportQueries queries;

    private final AwardService awards;
    private final OfficeProfileService profiles;
    private final Clock clock;

    public ListExportService(RegistryService registry, CatalogService catalog, ReportQueries queries, AwardService awards,
                             OfficeProfileService profiles, Clock clock) {
        this.awards = awards;
        this.registry = registry;
        this.catalog = catalog;
        this.queries = queries;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The letterheaded writer of a list counted to {@code end} (or to today, when the period is not over). */
    private ExcelListWriter framed(LocalDate end) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = end == null || end.isAfter(today) ? today : end;
        return new ExcelListWriter().framed(profiles.forDocuments(), asOf, DocumentMeta.dated(today));
    }

    public static String exemplarsFileName() {
        return vn.dienhinh.util.FileNames.of(Messages.get("doc.file.exemplars"), "xlsx", "DanhSach");
    }

    public static String introductionsFileName(Quarter from, Quarter to) {
        String period = from.equals(to) ? "Quy" + from.quarter() + "-" + from.year()
                : from.year() == to.year() && from.quarter() == 1 && to.quarter() == 4 ? String.valueOf(from.year())
                : from.year() + "Q" + from.quarter() + "-" + to.year() + "Q" + to.quarter();
        return vn.dienhinh.util.FileNames.of(Messages.get("doc.file.introductions", period), "xlsx", "DanhSach");
    }

    public static String commendationsFileName(int year) {
        return vn.dienhinh.util.FileNames.of(Messages.get("award.file", year), "xlsx", "DanhSach");
    }

    /** The commendations decided in {@code year}, newest first; returns how many were written. */
    public long commendations(int year, Path target) {
        return new CommendationListExport(framed(LocalDate.of(year, 12, 31))).write(target, Messages.get("award.listTitle", year), null,
                awards.levelsByCode(), sink -> awards.rows(year, null).forEach(sink));
    }

    /** The exemplars the filter selects, in list order; returns how many were written. */
    public long exemplars(ExemplarFilter filter, Path target) {
        return new ExemplarListExport(framed(null)).write(target, null, describe(filter),
                sink -> registry.forEachRow(filter, sink::accept));
    }

    /** Introductions of the quarters from … to (withdrawn ones marked); returns how many were written. */
    public long introductions(Quarter from, Quarter to, Path target) {
        profiles.checkOfficeWork();
        if (from.compareTo(to) > 0) {
            throw new UserException("doc.list.quarters", from.toString(), to.toString());
        }
        String period = from.equals(to) ? Counts.quarter(from)
                : Messages.get("doc.list.fromTo", Counts.quarter(from), Counts.quarter(to));
        return new IntroductionListExport(framed(to.end())).write(target,
                Messages.get("doc.list.introductionsTitle"), capital(period),
                sink -> queries.forEachIntroduction(from, to, sink));
    }

    /** "Tìm: …; Loại: Cá nhân; Lĩnh vực: Y tế; …": what the list was narrowed to, empty when not at all. */
    String describe(ExemplarFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.search() != null && !f.search().isBlank()) {
            parts.add(Messages.get("doc.list.search", VietnameseText.clean(f.search())));
        }
        if (f.kind() != null) {
            parts.add(Messages.get("doc.list.kind", Messages.of(f.kind())));
        }
        if (f.fieldId() != null) {
            catalog.fields().stream().filter(x -> x.id().equals(f.fieldId())).findFirst()
                    .ifPresent(x -> parts.add(Messages.get("doc.list.field", x.name())));
        }
        if (f.unitId() != null) {
            catalog.units().stream().filter(x -> x.id().equals(f.unitId())).findFirst()
                    .ifPresent(x -> parts.add(Messages.get("doc.list.unit", x.name())));
        }
        if (f.status() != null) {
            parts.add(Messages.get("doc.list.status", Messages.of(f.status())));
        }
        if (f.year() != null) {
            parts.add(Messages.get("doc.list.year", String.valueOf(f.year())));
        }
        return String.join("; ", parts);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
