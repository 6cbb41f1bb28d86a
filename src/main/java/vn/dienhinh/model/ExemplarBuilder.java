package vn.dienhinh.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds an {@link Exemplar}; defaults: individual, điển hình tiên tiến, found by unit proposal, status found. */
public final class ExemplarBuilder {
    private Long id;
    private ExemplarKind kind = ExemplarKind.INDIVIDUAL;
    private ExemplarCategory category = ExemplarCategory.ADVANCED;
    private String name;
    private Gender gender;
    private Integer birthYear;
    private LocalDate birthDate;
    private String position;
    private String workplace;
    private String residence;
    private String phone;
    private String idNumber;
    private String headName;
    private Integer memberCount;
    private String address;
    private Long unitId;
    private List<Long> fieldIds = new ArrayList<>();
    private String newModel;
    private String summary;
    private String account;
    private Discovery discovery = Discovery.UNIT_PROPOSAL;
    private LocalDate foundOn;
    private ExemplarStatus status = ExemplarStatus.FOUND;
    private String note;

    ExemplarBuilder() {
    }

    ExemplarBuilder(Exemplar e) {
        id = e.id();
        kind = e.kind();
        category = e.category();
        name = e.name();
        gender = e.gender();
        birthYear = e.birthYear();
        birthDate = e.birthDate();
        position = e.position();
        workplace = e.workplace();
        residence = e.residence();
        phone = e.phone();
        idNumber = e.idNumber();
        headName = e.headName();
        memberCount = e.memberCount();
        address = e.address();
        unitId = e.unitId();
        fieldIds = new ArrayList<>(e.fieldIds());
        newModel = e.newModel();
        summary = e.summary();
        account = e.account();
        discovery = e.discovery();
        foundOn = e.foundOn();
        status = e.status();
        note = e.note();
    }

    public ExemplarBuilder id(Long v) { id = v; return this; }
    public ExemplarBuilder kind(ExemplarKind v) { kind = v; return this; }
    public ExemplarBuilder category(ExemplarCategory v) { category = v; return this; }
    public ExemplarBuilder name(String v) { name = v; return this; }
    public ExemplarBuilder gender(Gender v) { gender = v; return this; }
    public ExemplarBuilder birthYear(Integer v) { birthYear = v; return this; }
    public ExemplarBuilder birthDate(LocalDate v) { birthDate = v; return this; }
    public ExemplarBuilder position(String v) { position = v; return this; }
    public ExemplarBuilder workplace(String v) { workplace = v; return this; }
    public ExemplarBuilder residence(String v) { residence = v; return this; }
    public ExemplarBuilder phone(String v) { phone = v; return this; }
    public ExemplarBuilder idNumber(String v) { idNumber = v; return this; }
    public ExemplarBuilder headName(String v) { headName = v; return this; }
    public ExemplarBuilder memberCount(Integer v) { memberCount = v; return this; }
    public ExemplarBuilder address(String v) { address = v; return this; }
    public ExemplarBuilder unitId(Long v) { unitId = v; return this; }
    public ExemplarBuilder fieldIds(List<Long> v) { fieldIds = new ArrayList<>(v); return this; }
    public ExemplarBuilder newModel(String v) { newModel = v; return this; }
    public ExemplarBuilder summary(String v) { summary = v; return this; }
    public ExemplarBuilder account(String v) { account = v; return this; }
    public ExemplarBuilder discovery(Discovery v) { discovery = v; return this; }
    public ExemplarBuilder foundOn(LocalDate v) { foundOn = v; return this; }
    public ExemplarBuilder status(ExemplarStatus v) { status = v; return this; }
    public ExemplarBuilder note(String v) { note = v; return this; }

    public Exemplar build() {
        return new Exemplar(id, kind, category, name, gender, birthYear, birthDate, position, workplace, residence,
                phone, idNumber, headName, memberCount, address, unitId, fieldIds, newModel, summary, account,
                discovery, foundOn, status, note);
    }
}
