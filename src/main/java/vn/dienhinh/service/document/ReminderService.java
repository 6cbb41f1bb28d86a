package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.report.AgencyName;
import vn.dienhinh.report.Counts;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.ReminderDocument;
import vn.dienhinh.report.ReminderLetter;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.IntroductionService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * The công văn đôn đốc from the quarterly board: to the units that still owe the quarter's exemplars
 * under a campaign's quota, what each owes, sent to the office's advisory body by a deadline. The
 * words are drafted from the board and edited by the officer before the letter is written.
 */
public final class ReminderService {

    /** Beyond this many units "Kính gửi" names them as listed in the letter instead of one by one. */
    static final int MAX_NAMED = 6;
    /** Days a unit is given when the quarter's own end is too close (or past). */
    static final int GRACE_DAYS = 7;

    private final IntroductionService introductions;
    private final CampaignService campaigns;
    private final OfficeProfileService profiles;
    private final Clock clock;

    public ReminderService(IntroductionService introductions, CampaignService campaigns, OfficeProfileService profiles,
                           Clock clock) {
        this.introductions = introductions;
        this.campaigns = campaigns;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** "CongVan-DonDoc-Quy4-2026.docx". */
    public static String fileName(Quarter q) {
        return vn.dienhinh.util.FileNames.of(Messages.get("reminder.file", q.quarter(), String.valueOf(q.year())), "docx", "CongVan");
    }

    /** The quarter's last day when a week or more is left to it, otherwise a week from today. */
    public LocalDate defaultDeadline(Quarter q) {
        LocalDate today = LocalDate.now(clock);
        return q.end().isBefore(today.plusDays(GRACE_DAYS)) ? today.plusDays(GRACE_DAYS) : q.end();
    }

    /** The letter's words for the units owing {@code q} under the campaign's quota; refused when nobody owes. */
    public ReminderLetter draft(long campaignId, Quarter q, LocalDate deadline) {
        profiles.checkOfficeWork();
        Campaign c = campaigns.require(campaignId);
        if (c.quotaMode() == QuotaMode.NONE) {
            throw new UserException("cli.noQuota", c.name());
        }
        Board b = introductions.board(campaignId, q);
        Map<Unit, List<String>> owing = b.owing();
        String quarter = Counts.quarter(q);
        if (owing.isEmpty()) {
            throw new UserException("reminder.nobodyOwes", quarter);
        }
        LocalDate today = LocalDate.now(clock);
        if (deadline == null || deadline.isBefore(today)) {
            throw new UserException("reminder.deadlinePast", deadline == null ? "" : VnDates.shortDate(deadline));
        }
        OfficeProfile office = profiles.forDocuments();
        String agency = AgencyName.inSentence(office.agency());
        String sendTo = profiles.sendTo();
        String rule = Messages.get("doc.rule." + c.quotaMode().name(), Counts.padded(c.quotaPerCell()));
        String plan = c.planNumber() != null ? PlanBasis.of(c) : Messages.get("reminder.basisNoPlan", PlanBasis.phrase(c.name()));
        String basis = Messages.get("reminder.basis", plan, rule, sendTo);

        List<ReminderLetter.Owing> rows = new ArrayList<>();
        int required = 0;
        int missing = 0;
        for (Unit u : owing.keySet()) {
            int need = 0;
            int sent = 0;
            List<String> what = new ArrayList<>();
            for (long col : b.columns()) {
                Board.Cell cell = b.cell(u.id(), col);
                if (cell == null || !cell.required()) {
                    continue;
                }
                int got = Math.min(cell.introductions().size(), cell.quota());
                need += cell.quota();
                sent += got;
                if (got < cell.quota() && col != Board.ANY_FIELD) {
                    String field = b.fields().stream().filter(f -> f.id() == col).map(f -> f.name()).findFirst().orElse("");
                    what.add(cell.quota() - got > 1 ? Messages.get("reminder.fieldShort", field, Counts.padded(cell.quota() - got))
                            : field);
                }
            }
            missing += need - sent;
            String shortBy = what.isEmpty() ? Messages.get("reminder.owesCount", Counts.padded(need - sent)) : String.join("; ", what);
            rows.add(new ReminderLetter.Owing(u.name(), need, sent, shortBy));
        }
        rows.sort((x, y) -> VietnameseText.NATURAL.compare(x.unit(), y.unit()));
        int counted = (int) b.units().stream().filter(u -> b.requiredOf(u.id()) > 0).count();
        for (Unit u : b.units()) {
            for (long col : b.columns()) {
                Board.Cell cell = b.cell(u.id(), col);
                required += cell != null && cell.required() ? cell.quota() : 0;
            }
        }
        List<String> names = rows.stream().map(ReminderLetter.Owing::unit).toList();
        List<String> addressees = names.size() <= MAX_NAMED ? names : List.of(Messages.get("reminder.addresseesListed"));
        String status = Messages.get("reminder.status", VnDates.shortDate(today), rows.size(), counted, quarter,
                Counts.padded(missing), Counts.padded(required));
        String request = Messages.get("reminder.request", agency, quarter, sendTo, VnDates.shortDate(deadline));
        List<String> recipients = new ArrayList<>(List.of(Messages.get("dossier.recipients.above")));
        recipients.add(office.defaultRecipients().stream().filter(r -> VietnameseText.fold(r).startsWith("luu"))
                .findFirst().orElse(Messages.get("dossier.recipients.file")));
        return new ReminderLetter(Messages.get("reminder.subject", quarter), addressees, basis, status, rows, request,
                Messages.get("reminder.consequence"), Messages.get("reminder.closing"), recipients);
    }

    /** Writes the letter as it was edited. */
    public Path export(ReminderLetter letter, DocumentMeta meta, Path target) {
        profiles.checkOfficeWork();
        if (letter.request().isBlank()) {
            throw new UserException("reminder.requestRequired");
        }
        new ReminderDocument(profiles.forDocuments()).write(letter, meta, target);
        return target;
    }

    /** The default letter of the quarter, dated today and left unnumbered for the clerk. */
    public DocumentMeta meta() {
        return DocumentMeta.dated(LocalDate.now(clock));
    }
}
