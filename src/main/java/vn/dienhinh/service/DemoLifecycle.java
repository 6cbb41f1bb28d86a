package vn.dienhinh.service;

import static vn.dienhinh.model.ExemplarStatus.DROPPED;
import static vn.dienhinh.model.ExemplarStatus.FOUND;
import static vn.dienhinh.model.ExemplarStatus.HONOURED;
import static vn.dienhinh.model.ExemplarStatus.NURTURED;
import static vn.dienhinh.model.ExemplarStatus.RECOGNISED;
import static vn.dienhinh.model.ExemplarStatus.REPLICATED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.dienhinh.model.Discovery;
import vn.dienhinh.model.Evaluation;
import vn.dienhinh.model.EvaluationRating;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.StatusChange;

/**
 * The lifecycle of a demo exemplar: phát hiện → bồi dưỡng → công nhận → khen thưởng → nhân rộng,
 * some dropped on the way, each step a few months after the last and never after today; the
 * quarterly evaluations after recognition; the closing paragraph of the account that tells it.
 */
final class DemoLifecycle {

    /** How it went: the steps (first from none), the evaluations, and what the account's closing says. */
    record Life(ExemplarStatus status, List<StatusChange> history, List<Evaluation> evaluations, String closing) {
    }

    private static final String[] PRESS = {
        "Người Lao Động", "Tuổi Trẻ", "Thanh Niên", "Sài Gòn Giải Phóng", "Pháp Luật Thành phố Hồ Chí Minh",
    };
    private static final String[] DROP_PERSON = {
        "Chuyển nơi cư trú ra khỏi địa bàn quận", "Xin thôi tham gia vì lý do sức khỏe",
        "Không còn duy trì mô hình do hoàn cảnh gia đình", "Vi phạm quy định về trật tự đô thị, không còn đủ tiêu chuẩn",
    };
    private static final String[] DROP_COLLECTIVE = {
        "Không duy trì được mô hình do thiếu kinh phí", "Sắp xếp lại tổ chức, tập thể không còn hoạt động",
        "Đơn vị đề nghị không tiếp tục theo dõi",
    };
    private static final String[] SPREADING = {
        "Tiếp tục duy trì và lan tỏa mô hình; số người tham gia tăng so với quý trước.",
        "Mô hình được các khu phố, đơn vị khác đến học tập, làm theo.",
        "Duy trì tốt thành tích, được báo chí, Cổng thông tin điện tử quận giới thiệu.",
    };
    private static final String[] MAINTAINED = {
        "Duy trì ổn định các hoạt động, chưa có cách làm mới.",
        "Giữ vững kết quả đạt được; cần tăng cường tuyên truyền để nhân rộng.",
    };
    private static final String[] DECLINING = {
        "Hoạt động giảm sút do thiếu kinh phí duy trì.",
        "Ít tham gia sinh hoạt, cần được động viên, giúp đỡ.",
    };

    private DemoLifecycle() {
    }

    static Life of(Random r, LocalDate foundOn, LocalDate today, ExemplarKind kind, ExemplarCategory category,
                   Discovery discovery, String unit, String subject) {
        List<ExemplarStatus> path = path(r, category == ExemplarCategory.GOOD_DEED);
        List<StatusChange> history = new ArrayList<>();
        LocalDate date = foundOn;
        ExemplarStatus prev = null;
        LocalDate recognised = null;
        LocalDate honoured = null;
        String decision = null;
        boolean cityAward = r.nextInt(100) < 10;
        int spread = 2 + r.nextInt(5);
        for (ExemplarStatus s : path) {
            if (prev != null) {
                date = date.plusDays(30 + r.nextInt(170));
                if (date.isAfter(today)) {
                    break;
                }
            }
            String reason;
            switch (s) {
                case FOUND:
                    reason = found(r, discovery, unit, date);
                    break;
                case NURTURED:
                    reason = r.nextBoolean() ? "Đưa vào danh sách điển hình cần bồi dưỡng năm " + date.getYear()
                            : "Giao " + unit + " theo dõi, giúp đỡ, bồi dưỡng";
                    break;
                case RECOGNISED:
                    recognised = date;
                    reason = "Hội đồng Thi đua - Khen thưởng quận công nhận điển hình " + quarter(date);
                    break;
                case HONOURED:
                    honoured = date;
                    decision = "Quyết định số " + (100 + r.nextInt(4900)) + "/QĐ-UBND ngày "
                            + Dates.format(date.minusDays(r.nextInt(10)));
                    reason = honour(category, cityAward) + " theo " + decision;
                    break;
                case REPLICATED:
                    reason = "Mô hình được nhân rộng ra " + spread + " khu phố, đơn vị trên địa bàn quận";
                    break;
                default:
                    reason = DemoNames.pick(r, kind == ExemplarKind.COLLECTIVE ? DROP_COLLECTIVE : DROP_PERSON);
            }
            history.add(new StatusChange(null, 0, prev, s, date, reason));
            prev = s;
        }
        ExemplarStatus status = prev;
        LocalDate until = status == DROPPED ? date : today;
        // evaluations follow how a model keeps up and spreads; a good deed is a single act
        List<Evaluation> evaluations = recognised == null || category == ExemplarCategory.GOOD_DEED ? List.of()
                : evaluations(r, recognised, until, status, unit);
        return new Life(status, history, evaluations,
                closing(status, recognised, honoured, decision, category, cityAward, spread, unit, subject));
    }

    /** The steps it is meant to go through; cut short later where today comes first. */
    private static List<ExemplarStatus> path(Random r, boolean goodDeed) {
        int roll = r.nextInt(100);
        ExemplarStatus target = roll < 15 ? FOUND : roll < 35 ? NURTURED : roll < 60 ? RECOGNISED
                : roll < 78 ? HONOURED : roll < 92 ? REPLICATED : DROPPED;
        if (goodDeed) {
            // a good deed is recognised and commended; there is nothing to nurture or replicate
            target = target == NURTURED ? FOUND : target == REPLICATED ? HONOURED : target;
        }
        List<ExemplarStatus> full = new ArrayList<>(List.of(FOUND));
        if (!goodDeed && r.nextInt(100) < 80) {
            full.add(NURTURED);
        }
        full.add(RECOGNISED);
        if (goodDeed || r.nextInt(100) < 75) {
            full.add(HONOURED);
        }
        if (!goodDeed) {
            full.add(REPLICATED);
        }
        if (target == DROPPED) {
            List<ExemplarStatus> out = new ArrayList<>(full.subList(0, 1 + r.nextInt(full.size())));
            out.add(DROPPED);
            return out;
        }
        int end = full.indexOf(target);
        if (end < 0) {
            // the target was a step this exemplar skips: stop at the one before it
            end = target == NURTURED ? 0 : full.indexOf(RECOGNISED);
        }
        return full.subList(0, end + 1);
    }

    private static String found(Random r, Discovery d, String unit, LocalDate date) {
        switch (d) {
            case PRESS:
                return "Phát hiện qua bài viết trên báo " + DemoNames.pick(r, PRESS);
            case CITIZEN_REPORT:
                return r.nextBoolean() ? "Người dân báo tin qua đường dây nóng của Ủy ban nhân dân phường"
                        : "Người dân gửi thư khen đến Ủy ban nhân dân Quận 1";
            case OFFICE:
                return "Phòng Nội vụ phát hiện qua kiểm tra phong trào thi đua tại cơ sở";
            default:
                return unit + " giới thiệu trong báo cáo " + quarter(date);
        }
    }

    private static String honour(ExemplarCategory category, boolean city) {
        String form = city ? "Được Chủ tịch Ủy ban nhân dân Thành phố tặng Bằng khen"
                : "Được Chủ tịch Ủy ban nhân dân Quận 1 tặng Giấy khen";
        return category == ExemplarCategory.GOOD_DEED ? form + " trong phong trào “Người tốt, việc tốt”" : form;
    }

    /** "quý 2/2024". */
    static String quarter(LocalDate d) {
        return "quý " + ((d.getMonthValue() - 1) / 3 + 1) + "/" + d.getYear();
    }

    /** One to three evaluations of the latest quarters after recognition, each a few days after its quarter. */
    private static List<Evaluation> evaluations(Random r, LocalDate recognised, LocalDate until, ExemplarStatus status,
                                                String unit) {
        List<LocalDate> quarterEnds = new ArrayList<>();
        LocalDate end = quarterStart(recognised).plusMonths(3).minusDays(1);
        while (!end.plusDays(20).isAfter(until)) {
            quarterEnds.add(end);
            end = quarterStart(end.plusDays(1)).plusMonths(3).minusDays(1);
        }
        int n = Math.min(quarterEnds.size(), 1 + r.nextInt(3));
        // the quarter it was recognised in, then the latest ones
        List<Integer> picked = new ArrayList<>(List.of(0));
        for (int i = quarterEnds.size() - n + 1; i < quarterEnds.size(); i++) {
            picked.add(Math.max(i, 1));
        }
        List<Evaluation> out = new ArrayList<>();
        for (int i : picked.stream().distinct().filter(x -> x < quarterEnds.size()).toList()) {
            LocalDate qEnd = quarterEnds.get(i);
            boolean last = i == quarterEnds.size() - 1;
            EvaluationRating rating = rating(r, status, last);
            String[] texts = rating == EvaluationRating.SPREADING ? SPREADING
                    : rating == EvaluationRating.MAINTAINED ? MAINTAINED : DECLINING;
            String period = "Q" + quarter(qEnd).substring(1);
            out.add(new Evaluation(null, 0, qEnd.plusDays(5 + r.nextInt(15)), period, rating,
                    DemoNames.pick(r, texts), r.nextBoolean() ? "Phòng Nội vụ Quận 1" : unit));
        }
        return out;
    }

    private static EvaluationRating rating(Random r, ExemplarStatus status, boolean last) {
        int roll = r.nextInt(100);
        switch (status) {
            case REPLICATED:
                return roll < 80 ? EvaluationRating.SPREADING : EvaluationRating.MAINTAINED;
            case HONOURED:
                return roll < 55 ? EvaluationRating.SPREADING : EvaluationRating.MAINTAINED;
            case DROPPED:
                return last || roll < 40 ? EvaluationRating.DECLINING : EvaluationRating.MAINTAINED;
            default:
                return roll < 30 ? EvaluationRating.SPREADING : roll < 90 ? EvaluationRating.MAINTAINED
                        : EvaluationRating.DECLINING;
        }
    }

    private static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** The last paragraph of the account: where the exemplar stands now. Null when there is nothing to say. */
    private static String closing(ExemplarStatus status, LocalDate recognised, LocalDate honoured, String decision,
                                  ExemplarCategory category, boolean city, int spread, String unit, String subject) {
        if (status == NURTURED) {
            return "Hiện nay, " + unit + " đang tiếp tục theo dõi, bồi dưỡng để " + subject
                    + " phát huy hiệu quả mô hình.";
        }
        if (recognised == null || status == DROPPED) {
            return null;
        }
        StringBuilder b = new StringBuilder("Năm ").append(recognised.getYear()).append(", ").append(subject)
                .append(" được Hội đồng Thi đua - Khen thưởng quận công nhận là ").append(noun(category));
        if (honoured != null) {
            b.append(honoured.getYear() == recognised.getYear() ? "; cùng năm" : "; năm " + honoured.getYear())
                    .append(city
                    ? " được Chủ tịch Ủy ban nhân dân Thành phố tặng Bằng khen"
                    : " được Chủ tịch Ủy ban nhân dân Quận 1 tặng Giấy khen").append(" (").append(decision).append(')');
        }
        b.append('.');
        if (status == REPLICATED) {
            b.append(" Mô hình đã được nhân rộng ra ").append(spread).append(" khu phố, đơn vị trên địa bàn quận.");
        }
        return b.toString();
    }

    private static String noun(ExemplarCategory c) {
        switch (c) {
            case GOOD_DEED:
                return "gương “Người tốt, việc tốt”";
            case NEW_MODEL:
                return "điển hình có mô hình mới, cách làm hay";
            case NEW_FACTOR:
                return "nhân tố mới trong phong trào thi đua";
            default:
                return "điển hình tiên tiến";
        }
    }
}
