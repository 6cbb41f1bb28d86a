package vn.dienhinh.model;

/**
 * What a certificate (giấy khen, bằng khen) prints onto its blank, one line or block each: who awards it, who receives it,
 * their position and unit, the achievement, the decision, the place and date, the signer's title and name.
 */
public enum CertificateSlot {
    /** Who awards it, above "TẶNG GIẤY KHEN": "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 1" (off where the blank has it). */
    ISSUER,
    /** "Ông Nguyễn Văn A", "Bà …", or a collective's or household's name. */
    RECIPIENT,
    /** Position and unit ("Tổ trưởng Tổ dân phố 5, phường Cô Giang"); for a collective, the unit it belongs to. */
    DETAIL,
    /** "Đã có thành tích …". */
    ACHIEVEMENT,
    /** "Quyết định số 12/QĐ-UBND ngày 05/03/2026". */
    DECISION,
    /** "Quận 1, ngày 05 tháng 03 năm 2026". */
    PLACE_DATE,
    /** "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", one line each. */
    SIGNER_TITLE,
    /** The signer's full name. */
    SIGNER_NAME
}
