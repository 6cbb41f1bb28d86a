package vn.dienhinh.model;

import java.util.List;

/**
 * The issuing office, set once and used by every document it produces.
 *
 * @param parentAgency      the body above the agency (cơ quan chủ quản), e.g. "ỦY BAN NHÂN DÂN THÀNH PHỐ
 *                          HỒ CHÍ MINH"; empty when there is none
 * @param agency            the issuing agency, e.g. "ỦY BAN NHÂN DÂN QUẬN 1"
 * @param place             place name written before the date, e.g. "Quận 1"
 * @param symbol            the agency's abbreviation in document numbers, e.g. "UBND" in "07/BC-UBND"
 * @param signerName        the signer's full name, e.g. "Lê Đức Thanh"
 * @param signerTitle       the signer's own title, e.g. "CHỦ TỊCH" or "PHÓ CHỦ TỊCH"
 * @param onBehalfOf        the collective signed for with "TM.", e.g. "ỦY BAN NHÂN DÂN"; empty when the
 *                          document is not signed on behalf of a collective
 * @param authority         whether the signer signs in their own right, as deputy (KT.), acting (Q.), …
 * @param principalTitle    the head's title signed for with KT., TL. or TUQ., e.g. "CHỦ TỊCH"
 * @param defaultRecipients the usual "Nơi nhận" lines, the last one normally "Lưu: VT, …"
 * @param draftingUnit      the abbreviation of the unit that drafts the office's letters, e.g. "NV" in a công
 *                          văn's "03/UBND-NV" (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II, khoản 3);
 *                          empty when not given
 */
public record OfficeProfile(String parentAgency, String agency, String place, String symbol, String signerName,
                            String signerTitle, String onBehalfOf, SigningAuthority authority,
                            String principalTitle, List<String> defaultRecipients, String draftingUnit) {

    public OfficeProfile {
        parentAgency = parentAgency == null ? "" : parentAgency;
        agency = agency == null ? "" : agency;
        place = place == null ? "" : place;
        symbol = symbol == null ? "" : symbol;
        signerName = signerName == null ? "" : signerName;
        signerTitle = signerTitle == null ? "" : signerTitle;
        onBehalfOf = onBehalfOf == null ? "" : onBehalfOf;
        authority = authority == null ? SigningAuthority.OWN : authority;
        principalTitle = principalTitle == null ? "" : principalTitle;
        defaultRecipients = defaultRecipients == null ? List.of() : List.copyOf(defaultRecipients);
        draftingUnit = draftingUnit == null ? "" : draftingUnit;
    }

    /** A profile without a drafting unit: a unit's own signing details, or a profile from before there was one. */
    public OfficeProfile(String parentAgency, String agency, String place, String symbol, String signerName,
                         String signerTitle, String onBehalfOf, SigningAuthority authority, String principalTitle,
                         List<String> defaultRecipients) {
        this(parentAgency, agency, place, symbol, signerName, signerTitle, onBehalfOf, authority, principalTitle,
                defaultRecipients, "");
    }

    /** The symbol of the office's letters: "UBND-NV" with a drafting unit, else the agency's "UBND". */
    public String letterSymbol() {
        String unit = draftingUnit.strip();
        return unit.isEmpty() ? symbol : symbol.strip() + "-" + unit;
    }

    /** A district People's Committee whose vice-chairman signs for the chairman, as in the seed plans. */
    public static OfficeProfile example() {
        return new OfficeProfile("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN QUẬN 1", "Quận 1",
                "UBND", "Nguyễn Thị Thu Hiền", "PHÓ CHỦ TỊCH", "ỦY BAN NHÂN DÂN", SigningAuthority.DEPUTY,
                "CHỦ TỊCH", List.of("Ban Thi đua - Khen thưởng Thành phố", "Thường trực Quận ủy Quận 1",
                        "UBND Quận 1: CT, các PCT", "Các cơ quan, đơn vị thuộc cụm, khối thi đua Quận 1",
                        "Lưu: VT, PNV"));
    }

    /**
     * The profile to sign a paper that {@code decider} issues: a decision of the head ("Chủ tịch Ủy ban nhân
     * dân Quận 1" against the principal title "CHỦ TỊCH") is signed "KT. CHỦ TỊCH" without "TM. ỦY BAN NHÂN
     * DÂN", which is the signature of the collective's own decisions.
     */
    public OfficeProfile signingFor(String decider) {
        String head = principalTitle.isBlank() ? signerTitle : principalTitle;
        boolean byHead = !head.isBlank() && decider != null && vn.dienhinh.util.VietnameseText.fold(decider)
                .startsWith(vn.dienhinh.util.VietnameseText.fold(head));
        return byHead && !onBehalfOf.isEmpty() ? new OfficeProfile(parentAgency, agency, place, symbol, signerName,
                signerTitle, "", authority, principalTitle, defaultRecipients, draftingUnit) : this;
    }

    public OfficeProfile withSigner(String name, String title, SigningAuthority how) {
        return new OfficeProfile(parentAgency, agency, place, symbol, name, title, onBehalfOf, how, principalTitle,
                defaultRecipients, draftingUnit);
    }

    public OfficeProfile withOnBehalfOf(String collective) {
        return new OfficeProfile(parentAgency, agency, place, symbol, signerName, signerTitle, collective, authority,
                principalTitle, defaultRecipients, draftingUnit);
    }
}
