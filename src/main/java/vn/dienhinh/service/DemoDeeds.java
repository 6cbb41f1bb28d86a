package vn.dienhinh.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.service.DemoThemes.Theme;

/** The dated deeds of a demo exemplar: those of its theme, a few common ones, each at a fitting time. */
final class DemoDeeds {

    private static final String[] MORE_DEEDS = {
        "Tham gia hiến máu tình nguyện", "Ủng hộ Quỹ “Vì người nghèo” phường", "Tham gia ra quân dọn dẹp vệ sinh khu phố",
        "Thăm, tặng quà gia đình chính sách nhân dịp Tết Nguyên đán", "Tham gia tuyên truyền phòng, chống lừa đảo qua mạng",
    };
    private static final String[] DEED_NOTES = {
        "Được Ủy ban nhân dân phường biểu dương.", "Được người dân trong khu phố ghi nhận.",
        "Được đưa tin trên Cổng thông tin điện tử quận.",
    };

    private final Random r;

    /** Whether the deed is one of the common ones, not of the exemplar's own story. */
    static boolean common(String title) {
        return java.util.Arrays.asList(MORE_DEEDS).contains(title);
    }
    private final LocalDate today;

    DemoDeeds(Random r, LocalDate today) {
        this.r = r;
        this.today = today;
    }

    /**
     * One to three deeds, oldest first, none after today; a good deed's own act comes first. Deed
     * texts marked "I:" suit individuals only; a deed tied to a time of year (Tết, summer, 27/7)
     * gets a date at that time.
     */
    List<Deed> of(Theme theme, ExemplarKind kind, LocalDate foundOn, DemoText t) {
        int n = 1 + r.nextInt(3);
        List<LocalDate> dates = new ArrayList<>();
        LocalDate from = theme.goodDeed() ? foundOn.minusDays(3 + r.nextInt(30)) : foundOn.minusDays(400);
        long span = ChronoUnit.DAYS.between(from, today);
        for (int i = 0; i < n; i++) {
            dates.add(i == 0 && theme.goodDeed() ? from : from.plusDays((long) (r.nextDouble() * span)));
        }
        dates.sort(null);
        List<String> titles = new ArrayList<>();
        for (String d : theme.deeds()) {
            if (!d.startsWith("I:")) {
                titles.add(d);
            } else if (kind == ExemplarKind.INDIVIDUAL) {
                titles.add(d.substring(2));
            }
        }
        if (!theme.goodDeed()) {
            java.util.Collections.shuffle(titles, r);
        }
        List<Deed> out = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String title = i < titles.size() && (i == 0 || r.nextInt(100) < 70) ? titles.get(i) : more(used, true);
            LocalDate date = seasonal(title, dates.get(i), from);
            if (date == null) {
                // no such season between the first deed and today: a deed of any time instead
                title = more(used, false);
                date = dates.get(i);
            }
            used.add(title);
            out.add(new Deed(null, 0, date, title, r.nextInt(100) < 40 ? DemoNames.pick(r, DEED_NOTES) : null));
        }
        out.sort(java.util.Comparator.comparing(Deed::date));
        t.firstDeed = out.get(0).date();
        List<Deed> filled = new ArrayList<>(out.size());
        for (Deed d : out) {
            t.deedYear = d.date().getYear();
            filled.add(new Deed(null, 0, d.date(), t.fill(d.title()), d.description()));
        }
        return filled;
    }

    /** A common deed not yet given to this exemplar; {@code anyTime} false: none tied to a season. */
    private String more(List<String> used, boolean anyTime) {
        List<String> left = new ArrayList<>();
        for (String m : MORE_DEEDS) {
            if (!used.contains(m) && (anyTime || !m.contains("Tết"))) {
                left.add(m);
            }
        }
        return left.get(r.nextInt(left.size()));
    }

    /** The date moved into the time of year the deed names, not before {@code from} nor after today; null if none. */
    private LocalDate seasonal(String title, LocalDate date, LocalDate from) {
        int month;
        int day;
        if (title.contains("Tết Nguyên đán")) {
            month = 1 + r.nextInt(2);
            day = 1 + r.nextInt(28);
        } else if (title.contains("Tết Dương lịch")) {
            month = 12;
            day = 31;
        } else if (title.contains("Mùa hè xanh") || title.contains("dịp hè")) {
            month = 6 + r.nextInt(3);
            day = 1 + r.nextInt(28);
        } else if (title.contains("27/7")) {
            month = 7;
            day = 20 + r.nextInt(8);
        } else if (title.contains("22/12")) {
            month = 12;
            day = 15 + r.nextInt(8);
        } else if (title.contains("Đại đoàn kết")) {
            month = 11;
            day = 18;
        } else {
            return date;
        }
        LocalDate d = LocalDate.of(date.getYear(), month, day);
        if (d.isBefore(from)) {
            d = d.plusYears(1);
        }
        return d.isAfter(today) || d.isBefore(from) ? null : d;
    }
}
