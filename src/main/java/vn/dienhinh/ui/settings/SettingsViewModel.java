package vn.dienhinh.ui.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.Observable;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;
import vn.dienhinh.report.DocumentKind;
import vn.dienhinh.report.DocumentNumber;
import vn.dienhinh.report.OfficialDocument;
import vn.dienhinh.service.OfficeProfileService;

/** The office profile as the form edits it, its problems field by field, and a preview of what documents print. */
final class SettingsViewModel {

    final StringProperty parentAgency = new SimpleStringProperty("");
    final StringProperty agency = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty symbol = new SimpleStringProperty("");
    final StringProperty draftingUnit = new SimpleStringProperty("");
    final StringProperty signerName = new SimpleStringProperty("");
    final StringProperty signerTitle = new SimpleStringProperty("");
    final StringProperty onBehalfOf = new SimpleStringProperty("");
    final ObjectProperty<SigningAuthority> authority = new SimpleObjectProperty<>(SigningAuthority.OWN);
    final StringProperty principalTitle = new SimpleStringProperty("");
    final StringProperty recipients = new SimpleStringProperty("");
    final ObjectProperty<Map<String, String>> problems = new SimpleObjectProperty<>(Map.of());
    final StringProperty preview = new SimpleStringProperty("");

    SettingsViewModel() {
        for (Observable o : new Observable[]{parentAgency, agency, place, symbol, draftingUnit, signerName, signerTitle, onBehalfOf,
            authority, principalTitle, recipients}) {
            o.addListener(x -> check());
        }
        check();
    }

    void load(OfficeProfile p) {
        parentAgency.set(p.parentAgency());
        agency.set(p.agency());
        place.set(p.place());
        symbol.set(p.symbol());
        draftingUnit.set(p.draftingUnit());
        signerName.set(p.signerName());
        signerTitle.set(p.signerTitle());
        onBehalfOf.set(p.onBehalfOf());
        authority.set(p.authority());
        principalTitle.set(p.principalTitle());
        recipients.set(String.join("\n", p.defaultRecipients()));
    }

    OfficeProfile profile() {
        List<String> lines = Arrays.stream(recipients.get() == null ? new String[0] : recipients.get().split("\\R"))
                .filter(s -> !s.isBlank()).toList();
        return new OfficeProfile(parentAgency.get(), agency.get(), place.get(), symbol.get(), signerName.get(),
                signerTitle.get(), onBehalfOf.get(), authority.get(), principalTitle.get(), lines, draftingUnit.get());
    }

    private void check() {
        OfficeProfile p = profile();
        problems.set(OfficeProfileService.problems(p));
        StringBuilder b = new StringBuilder(DocumentNumber.format(7, DocumentKind.REPORT.abbreviation(), p.symbol().strip()));
        if (!p.draftingUnit().isBlank()) {
            // a letter's number, which alone carries the drafting unit
            b.append("   ").append(DocumentNumber.format(3, "", p.letterSymbol().strip()));
        }
        for (String line : OfficialDocument.signatureLines(p)) {
            b.append('\n').append(line);
        }
        b.append('\n').append(p.signerName().strip());
        preview.set(b.toString());
    }
}
