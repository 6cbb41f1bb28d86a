package vn.dienhinh.util;

/**
 * A failure the user caused or can fix (bad input, a locked file, a rule broken). Its message is
 * one Vietnamese sentence from the resource bundle, ready to show as it is.
 */
public class UserException extends RuntimeException {

    private final String key;

    public UserException(String key, Object... args) {
        super(Messages.get(key, args));
        this.key = key;
    }

    public UserException(Throwable cause, String key, Object... args) {
        super(Messages.get(key, args), cause);
        this.key = key;
    }

    /** The bundle key, so tests and callers can tell failures apart without parsing the text. */
    public String key() {
        return key;
    }
}
