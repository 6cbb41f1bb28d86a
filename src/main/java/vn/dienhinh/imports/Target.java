package vn.dienhinh.imports;

/**
 * What a column of the officer's list holds, i.e. where its values go in the registry. The labels
 * are {@code import.target.NAME} … in the bundle.
 */
public enum Target {
    /** STT: numbers data rows; roman numerals or letters mark section rows. */
    NUMBER,
    NAME,
    /** "Tên" beside a "Họ đệm" column: joined after the name column's words. */
    NAME_GIVEN,
    /** "Họ và tên, chức vụ": the name, then the position after a comma or a line break. */
    NAME_POSITION,
    KIND,
    CATEGORY,
    /** A year (number or text) or a date. */
    BIRTH,
    /** The birth year written under "Nam" (the person is a man). */
    BIRTH_MALE,
    /** The birth year written under "Nữ" (the person is a woman). */
    BIRTH_FEMALE,
    GENDER,
    /** A mark (x) in a "Nam" column. */
    MALE,
    /** A mark (x) in a "Nữ" column. */
    FEMALE,
    POSITION,
    WORKPLACE,
    /** "Chức vụ, đơn vị công tác": split at the first comma. */
    POSITION_WORKPLACE,
    /** Residence of a person, address of a household or collective. */
    ADDRESS,
    PHONE,
    ID_NUMBER,
    HEAD_NAME,
    MEMBER_COUNT,
    UNIT,
    FIELD,
    NEW_MODEL,
    SUMMARY,
    STATUS,
    FOUND_ON,
    NOTE,
    /** A column the registry has no place for: kept in the note as "title: value". */
    EXTRA,
    IGNORE;

    /** Targets that may take several columns (their values are joined). */
    public boolean repeatable() {
        return this == NOTE || this == EXTRA || this == IGNORE || this == SUMMARY;
    }
}
