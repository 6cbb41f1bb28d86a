package vn.dienhinh.model;

/**
 * How the signer signs (Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I): in their own right, or
 * for someone else. The written prefixes (KT., Q., TL., TUQ.) live in the resource bundle.
 */
public enum SigningAuthority {
    /** The head signs in their own right: just the title ("CHỦ TỊCH"). */
    OWN,
    /** Ký thay: a deputy signs for the head ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"). */
    DEPUTY,
    /** Quyền: acting head ("Q. CHỦ TỊCH"). */
    ACTING,
    /** Thừa lệnh: by order of the head ("TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG"). */
    BY_ORDER,
    /** Thừa ủy quyền: by delegation of the head ("TUQ. CHỦ TỊCH" / "GIÁM ĐỐC …"). */
    BY_DELEGATION
}
