package vn.dienhinh.report;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;

/**
 * The council's biên bản and the quyết định khen thưởng with its list, in the Nghị định 30 layout (Phụ lục I):
 * the biên bản after the decree's form of a meeting record (time, place, who attended, who chaired and who
 * kept it, the content, the end), the decision with its căn cứ, "QUYẾT ĐỊNH:", its articles, Nơi nhận and the
 * signature, and the list on a page of its own, attached to it.
 */
public final class CouncilDocuments {

    /** What a biên bản says, ready to lay out. {@code council} is the letterhead: the office over its council. */
    public record Minutes(OfficeProfile council, String subject, LocalDateTime heldAt, String place, String chair,
                          String chairPosition, String secretary, String secretaryPosition, List<String> present,
                          List<String> absent, int total, String content, String shareLine, List<VoteLine> votes,
                          List<String> conclusions) {
        public Minutes {
            present = List.copyOf(present);
            absent = List.copyOf(absent);
            votes = List.copyOf(votes);
            conclusions = List.copyOf(conclusions);
        }
    }

    /** A row of the vote table; {@code percent} as printed ("85,7%"), {@code passed} whether it reached the share. */
    public record VoteLine(String name, String unit, int agree, int disagree, String percent, boolean passed) {
    }

    /**
     * What a quyết định says: {@code authority} the upper-case line of who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN
     * QUẬN 1"), its bases, Điều 1 (the list is attached), Điều 2 (reward money, or the date it takes effect),
     * Điều 3 (who executes), the list's title, its rows, and whether the rows carry an amount.
     */
    public record Decision(String subject, String authority, String decider, List<String> bases, String article1, String article2,
                           String article3, String listTitle, List<ListLine> lines, boolean withAmounts,
                           List<String> recipients) {
        public Decision {
            bases = List.copyOf(bases);
            lines = List.copyOf(lines);
            recipients = List.copyOf(recipients);
        }
    }

    /** A row of the attached list; {@code amount} "2.340.000" or empty. */
    public record ListLine(String name, String positionAndUnit, String form, String amount) {
    }

    /** Biên bản họp Hội đồng: "Số: …/BB-…", dated the meeting's day; signed by the secretary and the chair. */
    public void minutes(Minutes m, Integer number, Path target) {
        try (OfficialDocument d = new OfficialDocument(m.council())) {
            d.header(Messages.get("council.doc.bbAbbr"), number,
                    VnDates.placeAndDate(m.council().place(), m.heldAt().toLocalDate()));
            d.title(Messages.get("council.doc.bbTitle"), m.subject(), true);
            d.paragraph(lead("council.doc.time"), new Span(Messages.get("council.doc.timeValue",
                    String.valueOf(m.heldAt().getHour()), (m.heldAt().getMinute() < 10 ? "0" : "") + m.heldAt().getMinute(),
                    VnDates.longDate(m.heldAt().toLocalDate())), false, false));
            d.paragraph(lead("council.doc.place"), plain(m.place() + "."));
            // "Chủ trì: Nguyễn Văn Hải, Phó Chủ tịch …"; the signature below carries the name alone
            d.paragraph(lead("council.doc.chair"), plain(withPosition(m.chair(), m.chairPosition()) + "."));
            d.paragraph(lead("council.doc.secretary"), plain(withPosition(m.secretary(), m.secretaryPosition()) + "."));
            d.paragraph(lead("council.doc.attending"), plain(Messages.get("council.doc.attendingValue",
                    Counts.padded(m.present().size()), Counts.padded(m.total()))));
            Punctuation.semicolonsThenPeriod(m.present()).forEach(d::dash);
            if (!m.absent().isEmpty()) {
                d.paragraph(lead("council.doc.absent"), plain(Messages.get("council.doc.absentValue", Counts.padded(m.absent().size()))));
                Punctuation.semicolonsThenPeriod(m.absent()).forEach(d::dash);
            }
            d.section(Messages.get("council.doc.content"));
            d.prose(m.content());
            d.paragraph(m.shareLine());
            List<List<?>> rows = new ArrayList<>();
            int n = 1;
            for (VoteLine v : m.votes()) {
                rows.add(List.of(n++, v.unit().isBlank() ? v.name() : v.name() + "\n" + v.unit(), v.agree(), v.disagree(),
                        v.percent(), v.passed() ? Messages.get("council.doc.passed")
                        : new Span(Messages.get("council.doc.below"), true, false)));
            }
            d.table(List.of(TableColumn.centered(Messages.get("col.no"), 0.7),
                    TableColumn.left(Messages.get("council.doc.colNominee"), 3.6),
                    TableColumn.centered(Messages.get("council.doc.colAgree"), 1.2),
                    TableColumn.centered(Messages.get("council.doc.colDisagree"), 1.3),
                    TableColumn.centered(Messages.get("council.doc.colShare"), 1.2),
                    TableColumn.centered(Messages.get("council.doc.colResult"), 1.5)), rows);
            d.section(Messages.get("council.doc.conclusion"));
            m.conclusions().forEach(d::paragraph);
            d.paragraph(Messages.get("council.doc.end"));
            d.signatures(Messages.get("council.doc.signSecretary"), m.secretary(), Messages.get("council.doc.signChair"),
                    m.chair());
            d.save(target);
        }
    }

    /** Quyết định khen thưởng, then on a page of its own the list "(Kèm theo Quyết định số … ngày …)". */
    public void decision(OfficeProfile issuer, Decision q, DocumentMeta meta, Path target) {
        try (OfficialDocument d = new OfficialDocument(issuer)) {
            d.header(DocumentKind.DECISION, meta).title(DocumentKind.DECISION, q.subject());
            d.centredHeading(q.authority());
            d.bases(q.bases());
            d.centredHeading(Messages.get("council.doc.decides"));
            d.paragraph(new Span(Messages.get("council.doc.article", 1), true, false), plain(q.article1()));
            d.paragraph(new Span(Messages.get("council.doc.article", 2), true, false), plain(q.article2()));
            d.paragraph(new Span(Messages.get("council.doc.article", 3), true, false),
                    plain(Punctuation.closing(q.article3())));
            d.signature(q.recipients());
            d.appendix(Messages.get("council.doc.listLabel"), q.listTitle(), attachedTo(issuer, q, meta), false);
            List<TableColumn> cols = new ArrayList<>(List.of(TableColumn.centered(Messages.get("col.no"), 0.7),
                    TableColumn.left(Messages.get("col.name"), 2.8),
                    TableColumn.left(Messages.get("dossier.positionAndUnit"), 3.6)));
            if (q.withAmounts()) {
                cols.add(TableColumn.right(Messages.get("council.doc.colAmount"), 1.6));
            }
            List<List<?>> rows = new ArrayList<>();
            int n = 1;
            for (ListLine l : q.lines()) {
                rows.add(q.withAmounts() ? List.of(n++, l.name(), l.positionAndUnit(), l.amount())
                        : List.of(n++, l.name(), l.positionAndUnit()));
            }
            d.table(cols, rows);
            d.caption(Messages.get("council.doc.listCount", Counts.padded(q.lines().size())));
            d.save(target);
        }
    }

    /**
     * "(Kèm theo Quyết định số 231/QĐ-UBND ngày 06/12/2026 của Chủ tịch Ủy ban nhân dân Quận 1)": who decided,
     * their words never broken across lines ("Ủy ban nhân / dân").
     */
    static String attachedTo(OfficeProfile issuer, Decision q, DocumentMeta meta) {
        String number = DocumentNumber.format(meta.number(), DocumentKind.DECISION.abbreviation(), issuer.symbol())
                .replaceFirst("^[^:]*:\\s*", "");
        String date = meta.dayLeftOpen() ? VnDates.BLANK + "/" + String.format("%02d/%d", meta.date().getMonthValue(),
                meta.date().getYear()) : VnDates.shortDate(meta.date());
        return Messages.get("report.attachedTo", Punctuation.capitalFirst(DocumentKind.DECISION.title()
                .toLowerCase(Messages.LOCALE)), number, date, Punctuation.unbroken(q.decider()));
    }

    private static Span lead(String key) {
        return new Span(Messages.get(key) + " ", true, false);
    }

    private static Span plain(String text) {
        return new Span(text, false, false);
    }

    private static String withPosition(String name, String position) {
        return position == null || position.isBlank() ? name : name + ", " + position;
    }
}
