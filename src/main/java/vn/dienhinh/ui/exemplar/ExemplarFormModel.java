package vn.dienhinh.ui.exemplar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dienhinh.model.Discovery;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Gender;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.ExemplarRules;
import vn.dienhinh.util.Messages;

/** What the exemplar form edits, as text the user types, with the check of each field. */
final class ExemplarFormModel {

    final Long id;
    final ExemplarStatus status;
    final ObjectProperty<ExemplarKind> kind = new SimpleObjectProperty<>(ExemplarKind.INDIVIDUAL);
    final ObjectProperty<ExemplarCategory> category = new SimpleObjectProperty<>(ExemplarCategory.ADVANCED);
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    final StringProperty birthYear = new SimpleStringProperty("");
    final StringProperty birthDate = new SimpleStringProperty("");
    final StringProperty position = new SimpleStringProperty("");
    final StringProperty workplace = new SimpleStringProperty("");
    final StringProperty residence = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty idNumber = new SimpleStringProperty("");
    final StringProperty headName = new SimpleStringProperty("");
    final StringProperty memberCount = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final ObjectProperty<Long> unitId = new SimpleObjectProperty<>();
    final ObservableList<Long> fieldIds = FXCollections.observableArrayList();
    final ObjectProperty<Discovery> discovery = new SimpleObjectProperty<>(Discovery.UNIT_PROPOSAL);
    final StringProperty foundOn = new SimpleStringProperty("");
    final StringProperty newModel = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty account = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    private final LocalDate today;

    ExemplarFormModel(Exemplar e, LocalDate today) {
        this.today = today;
        if (e == null) {
            id = null;
            status = ExemplarStatus.FOUND;
            foundOn.set(Dates.format(today));
            return;
        }
        id = e.id();
        status = e.status();
        kind.set(e.kind());
        category.set(e.category());
        name.set(nz(e.name()));
        gender.set(e.gender());
        birthYear.set(e.birthYear() == null ? "" : e.birthYear().toString());
        birthDate.set(Dates.format(e.birthDate()));
        position.set(nz(e.position()));
        workplace.set(nz(e.workplace()));
        residence.set(nz(e.residence()));
        phone.set(nz(e.phone()));
        idNumber.set(nz(e.idNumber()));
        headName.set(nz(e.headName()));
        memberCount.set(e.memberCount() == null ? "" : e.memberCount().toString());
        address.set(nz(e.address()));
        unitId.set(e.unitId());
        fieldIds.setAll(e.fieldIds());
        discovery.set(e.discovery());
        foundOn.set(Dates.format(e.foundOn()));
        newModel.set(nz(e.newModel()));
        summary.set(nz(e.summary()));
        account.set(nz(e.account()));
        note.set(nz(e.note()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    Optional<String> checkName() {
        return ExemplarRules.name(name.get());
    }

    Optional<String> checkBirthYear() {
        return kind.get() == ExemplarKind.INDIVIDUAL ? ExemplarRules.birthYearText(birthYear.get(), today) : Optional.empty();
    }

    Optional<String> checkBirthDate() {
        if (kind.get() != ExemplarKind.INDIVIDUAL) {
            return Optional.empty();
        }
        return checkDate(birthDate.get());
    }

    Optional<String> checkFoundOn() {
        return checkDate(foundOn.get());
    }

    private static Optional<String> checkDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Dates.parse(text).isPresent() ? Optional.empty() : Optional.of(Messages.get("valid.date", text.strip()));
    }

    Optional<String> checkMemberCount() {
        return kind.get() == ExemplarKind.COLLECTIVE ? ExemplarRules.memberCountText(memberCount.get()) : Optional.empty();
    }

    Optional<String> checkPhone() {
        return ExemplarRules.phone(phone.get());
    }

    Optional<String> checkIdNumber() {
        return kind.get() == ExemplarKind.INDIVIDUAL ? ExemplarRules.idNumber(idNumber.get()) : Optional.empty();
    }

    /** Every problem the fields have now, in form order. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Optional<String> p : List.of(checkName(), checkBirthYear(), checkBirthDate(), checkMemberCount(),
                checkPhone(), checkIdNumber(), checkFoundOn())) {
            p.ifPresent(out::add);
        }
        return out;
    }

    /** The exemplar the form describes; only attributes of its kind are kept. Call when {@link #problems()} is empty. */
    Exemplar toExemplar() {
        ExemplarKind k = kind.get();
        boolean person = k == ExemplarKind.INDIVIDUAL;
        LocalDate bd = person ? Dates.parse(birthDate.get()).orElse(null) : null;
        Integer by = person && !birthYear.get().isBlank() ? Integer.valueOf(birthYear.get().strip())
                : bd != null ? bd.getYear() : null;
        return Exemplar.builder()
                .id(id).kind(k).category(category.get()).name(name.get())
                .gender(person ? gender.get() : null).birthYear(by).birthDate(bd)
                .position(person ? position.get() : null).workplace(person ? workplace.get() : null)
                .residence(person ? residence.get() : null).phone(phone.get())
                .idNumber(person ? idNumber.get() : null)
                .headName(k == ExemplarKind.COLLECTIVE ? headName.get() : null)
                .memberCount(k == ExemplarKind.COLLECTIVE && !memberCount.get().isBlank()
                        ? Integer.valueOf(memberCount.get().strip()) : null)
                .address(k == ExemplarKind.INDIVIDUAL ? null : address.get())
                .unitId(unitId.get()).fieldIds(List.copyOf(fieldIds)).discovery(discovery.get())
                .foundOn(Dates.parse(foundOn.get()).orElse(null))
                .newModel(newModel.get()).summary(summary.get()).account(account.get()).note(note.get())
                .status(status)
                .build();
    }
}
