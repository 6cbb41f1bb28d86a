package vn.dienhinh.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Discovery;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarBuilder;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarImport;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Gender;
import vn.dienhinh.service.DemoCatalog.DemoUnit;
import vn.dienhinh.service.DemoCatalog.Kind;
import vn.dienhinh.service.DemoRoles.Collective;
import vn.dienhinh.service.DemoRoles.Role;
import vn.dienhinh.service.DemoThemes.Theme;
import vn.dienhinh.util.VietnameseText;

/**
 * Makes one demo exemplar at a time, all from one seeded {@link Random}: about 65% individuals,
 * 25% collectives and 10% households, proposed by units that fit them, found between 2021 and
 * today, with their deeds, lifecycle and evaluations.
 */
final class DemoExemplars {

    /** Kinds of unit and how often they propose an individual or a collective. */
    private static final Object[][] PROPOSERS = {
        {Kind.WARD, 10}, {Kind.QUARTER, 14}, {Kind.GROUP, 18}, {Kind.HEALTH, 7}, {Kind.KINDERGARTEN, 4},
        {Kind.PRIMARY, 6}, {Kind.SECONDARY, 5}, {Kind.OFFICE, 10}, {Kind.FRONT, 3}, {Kind.WOMEN, 5},
        {Kind.YOUTH, 5}, {Kind.VETERANS, 4}, {Kind.FARMERS, 2}, {Kind.LABOUR, 3}, {Kind.RED_CROSS, 2},
        {Kind.COMPANY, 4},
    };
    private static final Object[][] HOUSEHOLD_PROPOSERS = {
        {Kind.GROUP, 50}, {Kind.QUARTER, 20}, {Kind.FARMERS, 15}, {Kind.WOMEN, 8}, {Kind.VETERANS, 7},
    };
    private final Random r;
    private final LocalDate today;
    private final LocalDate start;
    private final int days;
    private final List<Field> fields;
    private final List<String> folded = new ArrayList<>();
    private final Map<Kind, List<DemoUnit>> units = new EnumMap<>(Kind.class);
    private final DemoDeeds deeds;
    /**
     * Up to this many exemplars, no organisation is in twice (a registry an officer reads, where two of one name
     * print as a duplicate in every paper). Beyond it the district's few hundred organisations would run out and
     * the mix of kinds the benchmark's large registries are built to have (a quarter collectives) would go.
     */
    static final int ORGANISATIONS = 5_000;

    private final boolean uniqueCollectives;
    /** Collectives already in the registry, when each is in once. */
    private final java.util.Set<String> collectives = new java.util.HashSet<>();

    DemoExemplars(Random r, List<DemoUnit> all, List<Field> fields, LocalDate today, boolean uniqueCollectives) {
        this.uniqueCollectives = uniqueCollectives;
        this.r = r;
        this.today = today;
        LocalDate from = LocalDate.of(2021, 1, 1);
        this.start = from.isBefore(today) ? from : today.minusYears(1);
        this.days = (int) ChronoUnit.DAYS.between(start, today) + 1;
        this.fields = fields;
        this.deeds = new DemoDeeds(r, today);
        for (Field f : fields) {
            folded.add(VietnameseText.fold(f.name()));
        }
        for (DemoUnit u : all) {
            units.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u);
        }
    }

    ExemplarImport next() {
        int roll = r.nextInt(100);
        ExemplarKind kind = roll < 65 ? ExemplarKind.INDIVIDUAL : roll < 90 ? ExemplarKind.COLLECTIVE
                : ExemplarKind.HOUSEHOLD;
        DemoUnit unit = unit(kind == ExemplarKind.HOUSEHOLD ? HOUSEHOLD_PROPOSERS : PROPOSERS);
        DemoText t = new DemoText(r, unit);
        LocalDate foundOn = start.plusDays(r.nextInt(days));
        ExemplarBuilder b = Exemplar.builder().kind(kind).unitId(unit.id());
        Who who = kind == ExemplarKind.COLLECTIVE ? collective(b, unit, t) : null;
        if (kind == ExemplarKind.COLLECTIVE && who == null) {
            // every collective this unit has is in already: the unit proposes one of its people instead
            kind = ExemplarKind.INDIVIDUAL;
            b.kind(kind);
        }
        if (who == null) {
            who = kind == ExemplarKind.INDIVIDUAL ? person(b, unit, t) : household(b, unit, t);
        }
        Theme theme = who.theme();
        List<Deed> deeds = this.deeds.of(theme, kind, foundOn, t);
        if (theme.goodDeed()) {
            // the office heard of the good deed a few days after it was done
            foundOn = deeds.get(0).date().plusDays(3 + r.nextInt(30));
            foundOn = foundOn.isAfter(today) ? today : foundOn;
        }
        t.startYear = Math.max(2015, Math.min(foundOn.getYear(), t.firstDeed.getYear()) - t.startBack);
        b.foundOn(foundOn).newModel(theme.model()).summary(t.fill(theme.summary())).fieldIds(fieldIds(theme))
                .discovery(discovery(theme.goodDeed()));
        Exemplar e = b.build();
        DemoLifecycle.Life life = DemoLifecycle.of(r, foundOn, today, kind, e.category(), e.discovery(),
                actor(unit.name()), t.s);
        List<String> account = new ArrayList<>(List.of(who.opening(), t.fill(theme.start())));
        account.add(theme.goodDeed() ? t.fill(DemoNames.pick(r, DemoThemes.GOOD_DEED_RESULT)) : t.fill(theme.result()));
        if (life.closing() != null) {
            account.add(life.closing());
        }
        e = e.toBuilder().account(String.join("\n", account)).status(life.status()).build();
        return new ExemplarImport(e, life.history(), deeds, life.evaluations());
    }

    /** Who the exemplar is, told in the account's first paragraph, and what it did. */
    private record Who(String opening, Theme theme) {
    }

    private Who person(ExemplarBuilder b, DemoUnit unit, DemoText t) {
        Role role = role(unit);
        Gender g = r.nextInt(100) < role.percentFemale() ? Gender.FEMALE : Gender.MALE;
        int hi = Math.min(Math.min(role.bornTo(), 2005), today.getYear() - 18);
        int lo = Math.min(Math.max(role.bornFrom(), 1950), hi);
        int year = lo + r.nextInt(hi - lo + 1);
        String name = DemoNames.person(r, g, year);
        String title = DemoNames.title(g, year);
        t.subject(title + " " + DemoNames.given(name));
        String wp = role.workplace() == null ? null : t.fill(role.workplace());
        String residence = unit.ward() != null || r.nextInt(100) < 80
                ? DemoCatalog.address(r, unit.ward() != null ? unit.ward() : t.ward) : outside();
        b.name(name).gender(g).birthYear(year).position(role.position()).workplace(wp).residence(residence)
                .phone(r.nextInt(100) < 90 ? DemoNames.mobile(r) : null);
        if (r.nextInt(100) < 40) {
            b.birthDate(LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)));
        }
        List<String> tags = role.tags() != null ? role.tags() : unit.tags();
        boolean goodDeed = r.nextInt(100) < (tags.contains("viec-tot") ? 60 : 15);
        b.category(goodDeed ? ExemplarCategory.GOOD_DEED : category(year >= 1990 ? 20 : 8, 18));
        return new Who(Character.toUpperCase(title.charAt(0)) + title.substring(1) + " " + name + " (sinh năm " + year
                + ") " + t.fill(role.intro()) + ".", theme(tags, 'I', goodDeed));
    }

    /** A collective of the unit (not in the registry yet, when each is in once: a few draws), or null. */
    private Who collective(ExemplarBuilder b, DemoUnit unit, DemoText t) {
        Collective c = null;
        String name = null;
        for (int tries = 0; tries < 8 && name == null; tries++) {
            c = DemoRoles.collective(r, unit.kind());
            String n = t.fill(c.name());
            name = !uniqueCollectives || collectives.add(VietnameseText.fold(n)) ? n : null;
        }
        if (name == null) {
            return null;
        }
        Gender g = r.nextInt(100) < headFemale(name) ? Gender.FEMALE : Gender.MALE;
        int headBorn = 1958 + r.nextInt(35);
        String head = DemoNames.person(r, g, headBorn);
        int members = c.minMembers() + r.nextInt(c.maxMembers() - c.minMembers() + 1);
        t.subject(c.subject(), c.subjectInSentence());
        b.name(name).headName(head).memberCount(members).category(category(3, 25));
        return new Who(name + " có " + members + " " + c.members() + ", do " + DemoNames.title(g, headBorn) + " "
                + head + " " + c.head() + ".", theme(c.tags() != null ? c.tags() : unit.tags(), 'C', false));
    }

    private Who household(ExemplarBuilder b, DemoUnit unit, DemoText t) {
        Gender g = r.nextInt(100) < 60 ? Gender.MALE : Gender.FEMALE;
        int born = 1950 + r.nextInt(36);
        String name = DemoNames.person(r, g, born);
        String title = DemoNames.title(g, born);
        String address = DemoCatalog.address(r, unit.ward() != null ? unit.ward() : t.ward);
        t.subject("Gia đình " + title + " " + DemoNames.given(name));
        int generations = 2 + r.nextInt(3);
        b.name(name).address(address).category(category(0, 25));
        return new Who("Gia đình " + title + " " + name + " cư trú tại " + Character.toLowerCase(address.charAt(0))
                + address.substring(1) + ", gồm " + generations + " thế hệ với " + (generations * 2 + r.nextInt(4))
                + " thành viên cùng chung sống.", theme(unit.tags(), 'H', false));
    }

    private DemoUnit unit(Object[][] weights) {
        int total = 0;
        for (Object[] w : weights) {
            total += (Integer) w[1];
        }
        int n = r.nextInt(total);
        for (Object[] w : weights) {
            n -= (Integer) w[1];
            if (n < 0) {
                List<DemoUnit> list = units.get((Kind) w[0]);
                if (list != null) {
                    return list.get(r.nextInt(list.size()));
                }
                break;
            }
        }
        List<DemoUnit> any = units.get(Kind.GROUP);
        return any.get(r.nextInt(any.size()));
    }

    /** A position in the unit; a trader only where the ward has a market. */
    private Role role(DemoUnit unit) {
        Role role = DemoRoles.role(r, unit.kind(), unit.name());
        while (role.workplace() != null && role.workplace().contains("{market}")
                && DemoCatalog.market(unit.ward()) == null) {
            role = DemoRoles.role(r, unit.kind(), unit.name());
        }
        return role;
    }

    /** A good deed, or a theme sharing a tag with {@code tags} (any theme of the kind if none does). */
    private Theme theme(List<String> tags, char kind, boolean goodDeed) {
        List<Theme> fit = new ArrayList<>();
        List<Theme> any = new ArrayList<>();
        for (Theme th : DemoThemes.ALL) {
            if (th.suits(kind) && th.goodDeed() == goodDeed) {
                any.add(th);
                if (goodDeed || th.tags().stream().anyMatch(tags::contains)) {
                    fit.add(th);
                }
            }
        }
        List<Theme> from = fit.isEmpty() ? any : fit;
        return from.get(r.nextInt(from.size()));
    }

    /** Điển hình tiên tiến mostly; {@code factor}% nhân tố mới, {@code model}% mô hình mới. */
    private ExemplarCategory category(int factor, int model) {
        int roll = r.nextInt(100);
        return roll < factor ? ExemplarCategory.NEW_FACTOR : roll < factor + model ? ExemplarCategory.NEW_MODEL
                : ExemplarCategory.ADVANCED;
    }

    private Discovery discovery(boolean goodDeed) {
        int roll = r.nextInt(100);
        if (goodDeed) {
            return roll < 40 ? Discovery.CITIZEN_REPORT : roll < 60 ? Discovery.PRESS : Discovery.UNIT_PROPOSAL;
        }
        return roll < 72 ? Discovery.UNIT_PROPOSAL : roll < 82 ? Discovery.PRESS : roll < 92 ? Discovery.CITIZEN_REPORT
                : Discovery.OFFICE;
    }

    /** The theme's first field, sometimes its second too; names matched on their folded start. */
    private List<Long> fieldIds(Theme theme) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < theme.fields().size() && (i == 0 || r.nextInt(100) < 40); i++) {
            String want = theme.fields().get(i);
            for (int j = 0; j < fields.size(); j++) {
                if (folded.get(j).startsWith(want) && !out.contains(fields.get(j).id())) {
                    out.add(fields.get(j).id());
                    break;
                }
            }
        }
        if (out.isEmpty() && !fields.isEmpty()) {
            out.add(fields.get(fields.size() - 1).id());
        }
        return out;
    }

    /** The unit as the one that acts in a sentence: a ward acts through its People's Committee. */
    static String actor(String unit) {
        return unit.startsWith("Phường ") ? "Ủy ban nhân dân phường " + unit.substring(7) : unit;
    }

    /** How likely the head of this collective is a woman. */
    private static int headFemale(String collective) {
        if (collective.contains("Phụ nữ")) {
            return 100;
        }
        if (collective.contains("Công an") || collective.contains("Quân sự") || collective.contains("Cựu chiến binh")
                || collective.contains("bảo vệ")) {
            return 5;
        }
        return collective.startsWith("Trường Mầm non") ? 90 : 50;
    }

    private String outside() {
        String[][] places = {{"Quận 3", "Võ Văn Tần"}, {"Quận 4", "Khánh Hội"}, {"Quận 5", "Trần Hưng Đạo"},
            {"quận Bình Thạnh", "Xô Viết Nghệ Tĩnh"}, {"quận Phú Nhuận", "Phan Đình Phùng"}};
        String[] p = places[r.nextInt(places.length)];
        return "Số " + (1 + r.nextInt(300)) + " đường " + p[1] + ", Phường " + (1 + r.nextInt(15)) + ", " + p[0];
    }
}
