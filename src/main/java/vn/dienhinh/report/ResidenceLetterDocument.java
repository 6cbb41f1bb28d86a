package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.List;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;

/**
 * The request to the People's Committee of a nominee's place of residence to confirm that the nominee obeys
 * the Party's lines and the State's policies and laws, as a công văn in the Nghị định 30 layout (number and
 * "V/v …", "Kính gửi", the request, Nơi nhận and the issuer's signature), followed by the part the locality
 * fills in and signs, so the same sheet comes back confirmed.
 */
public final class ResidenceLetterDocument {

    private static final int CONFIRMATION_LINES = 5;

    private final OfficeProfile issuer;

    /** @param issuer the letterhead and signer: the proposing unit, or the office for its own nomination */
    public ResidenceLetterDocument(OfficeProfile issuer) {
        this.issuer = issuer;
    }

    public void write(ResidenceLetterText t, DocumentMeta meta, Path target) {
        try (OfficialDocument d = new OfficialDocument(issuer)) {
            d.letterHeader(meta, Messages.get("report.letterSummary", t.summary()));
            d.addressedTo(t.addressee());
            d.paragraph(t.opening());
            List<String> lines = new java.util.ArrayList<>();
            for (String[] kv : t.particulars()) {
                lines.add(kv[0] + ": " + kv[1]);
            }
            Punctuation.semicolonsThenPeriod(lines).forEach(d::dash);
            d.closing(t.request());
            d.signature(t.recipients());
            d.centredHeading(Messages.get("residence.confirmHeading", t.locality()));
            d.paragraphKeptWithNext(t.confirm());
            d.dottedLines(CONFIRMATION_LINES);
            d.signatureAlone(Messages.get("residence.confirmDate"), List.of(Messages.get("residence.confirmOnBehalf"),
                    Messages.get("residence.confirmTitle")), Messages.get("residence.confirmNote"));
            d.save(target);
        }
    }
}
