package vn.dienhinh.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.CouncilMeeting;
import vn.dienhinh.model.CouncilMember;
import vn.dienhinh.model.CouncilVote;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.DossierPaper;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.util.UserException;

/**
 * The demo's commendations over several years (grounded on the exemplars' own deeds, one deed per
 * level) and one nomination in each state. Everything goes through the services and their rules;
 * a combination the rules refuse is simply left out.
 */
final class DemoAwards {

    private final AwardService awards;
    private final NominationService nominations;
    private final RegistryService registry;

    private final CouncilService council;
    /** Who the demo's nominations go to and who decides them: the district's chairman, as the demo office's settings say. */
    private static final String DECIDER = "Chủ tịch Ủy ban nhân dân Quận 1";

    private final DemoWards wards;
    /**
     * A nomination puts forward the exemplar's own deed (the bếp ăn tình thương it is known for), before the
     * common ones every demo exemplar may have (a blood donation, a clean-up day).
     */
    private static final java.util.Comparator<Deed> OWN_DEEDS_FIRST =
            java.util.Comparator.comparing(d -> DemoDeeds.common(d.title()));

    DemoAwards(AwardService awards, NominationService nominations, RegistryService registry, CouncilService council,
               CatalogService catalog) {
        this.council = council;
        this.wards = new DemoWards(registry, catalog);
        this.awards = awards;
        this.nominations = nominations;
        this.registry = registry;
    }

    /** {@code scale}: see {@link DemoDataService#scale}; the honoured and replicated are commended, 120 of each per step. */
    void load(Random rnd, int scale) {
        LocalDate today = registry.today();
        Map<String, AwardForm> forms = new java.util.HashMap<>();
        awards.forms().forEach(f -> forms.put(f.name(), f));
        Set<Long> usedDeeds = new HashSet<>();
        for (ExemplarStatus s : new ExemplarStatus[]{ExemplarStatus.HONOURED, ExemplarStatus.REPLICATED}) {
            for (ExemplarRow r : registry.page(ExemplarFilter.ALL.withStatus(s), 0, 120 * scale)) {
                List<Deed> deeds = registry.deeds(r.id());
                for (int i = 0; i < deeds.size() && i < 2; i++) {
                    Deed d = deeds.get(i);
                    AwardForm f = forms.get(pick(r.kind(), i));
                    String level = f.levels().get(rnd.nextInt(f.levels().size()));
                    String body = level.equals("COMMUNE") ? wards.body(r.id()) : issuer(level);
                    if (body == null) {
                        // in no ward and living in none: the district commends it, where the form allows
                        level = f.levels().stream().filter(l -> !l.equals("COMMUNE")).findFirst().orElse(null);
                        if (level == null) {
                            continue;
                        }
                        body = issuer(level);
                    }
                    LocalDate when = d.date() == null ? today.minusYears(1) : d.date().plusMonths(2 + rnd.nextInt(4));
                    if (when.isAfter(today)) {
                        // decided sooner than usual: somewhere between the deed and yesterday, not all last month
                        long days = d.date() == null ? 30
                                : Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(d.date(), today));
                        when = today.minusDays(1 + rnd.nextLong(days));
                    }
                    try {
                        awards.record(new Commendation(null, r.id(), f.id(), level, (10 + rnd.nextInt(400)) + "/QĐ-UBND",
                                when, body, null,
                                null, null, List.of(d.id())));
                        usedDeeds.add(d.id());
                    } catch (UserException refused) {
                        // the rules say no (a deed already used at that level): the demo goes without it
                    }
                }
            }
        }
        nominationsInEachState(forms, usedDeeds, today);
    }

    private static String pick(ExemplarKind kind, int i) {
        switch (kind) {
            case INDIVIDUAL:
                return i == 0 ? "Giấy khen" : "Người tốt, việc tốt";
            case COLLECTIVE:
                return i == 0 ? "Giấy khen" : "Tập thể lao động tiên tiến";
            default:
                return i == 0 ? "Gia đình văn hóa" : "Giấy khen";
        }
    }

    private void nominationsInEachState(Map<String, AwardForm> forms, Set<Long> usedDeeds, LocalDate today) {
        Map<Long, List<Nominee>> byWard = candidates(usedDeeds, today);
        // the council's three first: they come from the ward with the most candidates
        List<Nominee> three = council == null ? null : take(byWard, 3);
        AwardForm goodDeeds = forms.get("Người tốt, việc tốt");
        for (int state = 0; state < 5; state++) {
            List<Nominee> two = take(byWard, 2);
            if (two == null) {
                break;
            }
            Long proposing = proposer(registry.require(two.get(0).exemplarId()).unitId());
            try {
                Nomination n = nominations.save(new Nomination(null, goodDeeds.id(), "DISTRICT", proposing,
                        DECIDER, null, null, "Đề nghị tặng danh hiệu “Người tốt, việc tốt” năm "
                        + today.getYear(), null, today.minusDays(40 - state * 5L), null, null, null, null, two,
                        Map.of(DossierPaper.SUBMISSION, today.minusDays(30))));
                if (state >= 1) {
                    nominations.submit(n.id());
                }
                if (state == 2) {
                    nominations.returnToUnit(n.id(), "Thiếu văn bản xác nhận của nơi cư trú về chấp hành pháp luật");
                }
                if (state >= 3) {
                    nominations.approve(n.id(), List.of(), null);
                }
                if (state == 4) {
                    nominations.decide(n.id(), "215/QĐ-UBND", today, DECIDER);
                }
            } catch (UserException refused) {
                // a combination the rules refuse is left out of the demo
            }
        }
        if (three != null) {
            throughTheCouncil(goodDeeds, three, today);
        }
        decidedCertificates(forms.get("Giấy khen"), usedDeeds, today);
    }

    /**
     * The recognised and nurtured people with a deed of the last two years not yet commended, by the ward
     * they belong to: a ward proposes its own people for this year's title, as it does in life (a school's nurse
     * proposed by another school for a deed of four years ago would not pass the office's first reading).
     */
    private Map<Long, List<Nominee>> candidates(Set<Long> usedDeeds, LocalDate today) {
        Map<Long, List<Nominee>> byWard = new java.util.LinkedHashMap<>();
        Set<Long> common = new HashSet<>();
        for (ExemplarStatus s : new ExemplarStatus[]{ExemplarStatus.RECOGNISED, ExemplarStatus.NURTURED}) {
            for (ExemplarRow r : registry.page(ExemplarFilter.ALL.withKind(ExemplarKind.INDIVIDUAL).withStatus(s), 0, 400)) {
                Long unit = registry.require(r.id()).unitId();
                vn.dienhinh.model.Unit in = wards.wardOf(unit);
                if (in == null) {
                    continue;
                }
                Long ward = in.id();
                List<Deed> recent = registry.deeds(r.id()).stream().filter(d -> !usedDeeds.contains(d.id()))
                        .filter(d -> d.date() != null && d.date().isAfter(today.minusYears(2)))
                        .sorted(OWN_DEEDS_FIRST).toList();
                if (!recent.isEmpty()) {
                    Deed deed = recent.get(0);
                    usedDeeds.add(deed.id());
                    List<Nominee> of = byWard.computeIfAbsent(ward, k -> new ArrayList<>());
                    Nominee ne = new Nominee(null, r.id(), null, List.of(deed.id()));
                    // those put forward for a deed of their own come first in their ward
                    if (DemoDeeds.common(deed.title())) {
                        common.add(deed.id());
                        of.add(ne);
                    } else {
                        of.add((int) of.stream().filter(x -> !common.contains(x.deedIds().get(0))).count(), ne);
                    }
                }
            }
        }
        return byWard;
    }

    /** {@code count} nominees of one ward (the ward with the most left), taken out of the pool; null when none has as many. */
    private static List<Nominee> take(Map<Long, List<Nominee>> byWard, int count) {
        List<Nominee> ward = byWard.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElse(null);
        if (ward == null || ward.size() < count) {
            return null;
        }
        List<Nominee> out = new ArrayList<>(ward.subList(0, count));
        ward.subList(0, count).clear();
        return out;
    }

    /** Who decides a commendation above the ward: the district's chairman, or the city's for its own level. */
    private static String issuer(String level) {
        return level.equals("DISTRICT") ? DECIDER : "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh";
    }

    /** The ward the unit is in (the unit itself when it is a ward), else the unit: who signs its people's tờ trình. */
    private Long proposer(Long unitId) {
        vn.dienhinh.model.Unit ward = wards.wardOf(unitId);
        return ward == null ? unitId : ward.id();
    }

    /**
     * A decided giấy khen of the district for two collectives and a person, so that certificates can be printed
     * onto the blank straight from the demo (the signer is the office profile's).
     */
    private void decidedCertificates(AwardForm form, Set<Long> usedDeeds, LocalDate today) {
        if (form == null || !form.levels().contains("DISTRICT")) {
            return;
        }
        // two collectives and a person of one ward, the ward proposing them, none already nominated
        Set<Long> nominated = new HashSet<>();
        nominations.all().forEach(n -> n.nominees().forEach(x -> nominated.add(x.exemplarId())));
        Map<Long, List<Nominee>> collectives = new java.util.LinkedHashMap<>();
        Map<Long, List<Nominee>> people = new java.util.LinkedHashMap<>();
        List<ExemplarRow> rows = new ArrayList<>();
        for (ExemplarStatus st : new ExemplarStatus[]{ExemplarStatus.NURTURED, ExemplarStatus.RECOGNISED,
            ExemplarStatus.HONOURED}) {
            rows.addAll(registry.page(ExemplarFilter.ALL.withStatus(st), 0, 400));
        }
        for (ExemplarKind kind : new ExemplarKind[]{ExemplarKind.COLLECTIVE, ExemplarKind.INDIVIDUAL}) {
            for (ExemplarRow r : rows.stream().filter(r -> r.kind() == kind && !nominated.contains(r.id())).toList()) {
                Long unit = registry.require(r.id()).unitId();
                List<Long> free = registry.deeds(r.id()).stream().filter(d -> !usedDeeds.contains(d.id()))
                        .sorted(OWN_DEEDS_FIRST).map(Deed::id).toList();
                if (unit != null && !free.isEmpty()) {
                    (kind == ExemplarKind.COLLECTIVE ? collectives : people).computeIfAbsent(proposer(unit),
                            k -> new ArrayList<>()).add(new Nominee(null, r.id(), null, List.of(free.get(0))));
                }
            }
        }
        List<Nominee> three = null;
        for (Map.Entry<Long, List<Nominee>> w : collectives.entrySet()) {
            List<Nominee> ofWard = people.getOrDefault(w.getKey(), List.of());
            if (wards.wardOf(w.getKey()) != null && w.getValue().size() >= 2 && !ofWard.isEmpty()) {
                three = List.of(w.getValue().get(0), w.getValue().get(1), ofWard.get(0));
                break;
            }
        }
        if (three == null) {
            return;
        }
        three.forEach(x -> usedDeeds.addAll(x.deedIds()));
        Long proposing = proposer(registry.require(three.get(0).exemplarId()).unitId());
        try {
            Nomination n = nominations.save(new Nomination(null, form.id(), "DISTRICT", proposing,
                    DECIDER, null, null, "Đề nghị tặng Giấy khen năm " + today.getYear(), null,
                    today.minusDays(25), null, null, null, null, three, Map.of(DossierPaper.SUBMISSION,
                    today.minusDays(20))));
            nominations.submit(n.id());
            nominations.approve(n.id(), List.of(), null);
            nominations.decide(n.id(), "230/QĐ-UBND", today, DECIDER);
        } catch (UserException refused) {
            // a combination the rules refuse is left out of the demo
        }
    }

    /**
     * One nomination of three approved and put to the council: nine members, eight present, the office's share
     * (70% of all members: 7 votes); two pass and one, with 5 votes, is below the share and not recommended.
     */
    private void throughTheCouncil(AwardForm form, List<Nominee> three, LocalDate today) {
        Long proposing = proposer(registry.require(three.get(0).exemplarId()).unitId());
        try {
            Nomination n = nominations.save(new Nomination(null, form.id(), "DISTRICT", proposing,
                    DECIDER, null, 12, "Đề nghị tặng danh hiệu “Người tốt, việc tốt” đợt 2 năm "
                    + today.getYear(), null, today.minusDays(20), null, null, null, null, three,
                    Map.of(DossierPaper.SUBMISSION, today.minusDays(18))));
            nominations.submit(n.id());
            n = nominations.approve(n.id(), List.of(), null);
            String[][] people = {{"Nguyễn Văn Hải", "Phó Chủ tịch Ủy ban nhân dân Quận 1, Chủ tịch Hội đồng"},
                {"Trần Thị Lan", "Trưởng Phòng Nội vụ, Phó Chủ tịch Thường trực Hội đồng"},
                {"Lê Minh Tâm", "Phó Trưởng Phòng Nội vụ, Ủy viên Thường trực"},
                {"Phạm Quốc Bảo", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Quận 1, Ủy viên"},
                {"Võ Thị Hồng", "Chủ tịch Hội Liên hiệp Phụ nữ Quận 1, Ủy viên"},
                {"Đặng Văn Phúc", "Bí thư Quận Đoàn 1, Ủy viên"},
                {"Huỳnh Thị Mai", "Chủ tịch Liên đoàn Lao động Quận 1, Ủy viên"},
                {"Bùi Thanh Sơn", "Trưởng Phòng Văn hóa và Thông tin, Ủy viên"},
                {"Ngô Thị Thu", "Trưởng Phòng Giáo dục và Đào tạo, Ủy viên"}};
            List<CouncilMember> members = new ArrayList<>();
            for (int i = 0; i < people.length; i++) {
                members.add(new CouncilMember(people[i][0], people[i][1], i != people.length - 1));
            }
            int[][] votes = {{8, 0}, {7, 1}, {5, 3}};
            List<CouncilVote> cast = new ArrayList<>();
            for (int i = 0; i < n.nominees().size() && i < votes.length; i++) {
                cast.add(new CouncilVote(n.nominees().get(i).id(), votes[i][0], votes[i][1], i < 2,
                        i < 2 ? null : "Chưa đạt tỷ lệ phiếu đồng ý"));
            }
            council.hold(new CouncilMeeting(null, today.atTime(8, 0), "Phòng họp số 2, Ủy ban nhân dân Quận 1",
                    "Nguyễn Văn Hải", "Lê Minh Tâm", null, council.settings().threshold(), List.of(n.id()), members, cast));
        } catch (UserException refused) {
            // a combination the rules refuse is left out of the demo
        }
    }
}
