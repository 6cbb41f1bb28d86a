package vn.dienhinh.service.document;

/** Lets the report tests reach the address parsing of {@link ResidenceLetters}. */
public final class ResidenceLettersAccess {

    private ResidenceLettersAccess() {
    }

    public static String[] commune(String address) {
        return ResidenceLetters.commune(address);
    }
}
