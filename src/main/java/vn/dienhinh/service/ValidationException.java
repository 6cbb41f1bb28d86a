package vn.dienhinh.service;

import java.util.Map;
import vn.dienhinh.util.UserException;

/** A record that may not be saved: the problems by attribute name, the first as the message. */
public final class ValidationException extends UserException {

    private final transient Map<String, String> problems;

    public ValidationException(Map<String, String> problems) {
        super("valid.problems", problems.values().iterator().next());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
