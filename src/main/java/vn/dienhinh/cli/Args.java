package vn.dienhinh.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dienhinh.util.UserException;

/** Options of one command: {@code --name value} pairs; anything unknown or incomplete is a user error. */
final class Args {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new java.util.ArrayList<>();

    Args(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (i + 1 < raw.size() && !raw.get(i + 1).startsWith("--")) {
                    options.put(name, raw.get(++i));
                } else {
                    options.put(name, null);
                }
            } else {
                positional.add(a);
            }
        }
    }

    /** Refuses options other than {@code allowed}. */
    void only(String command, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (String k : options.keySet()) {
            if (!ok.contains(k)) {
                throw new UserException("cli.unknownOption", "--" + k, command);
            }
        }
    }

    /**
     * A switch that takes no value ({@code --dry-run}): true when given. A word written after it is an
     * argument of the command, not the switch's value.
     */
    boolean flag(String name) {
        if (!options.containsKey(name)) {
            return false;
        }
        String value = options.put(name, null);
        if (value != null) {
            positional.add(value);
        }
        return true;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    String get(String name) {
        if (options.containsKey(name) && options.get(name) == null) {
            throw new UserException("cli.optionNeedsValue", "--" + name);
        }
        return options.get(name);
    }

    Integer integer(String name, int min, int max) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new UserException("cli.numberRange", "--" + name, v, min, max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UserException("cli.numberRange", "--" + name, v, min, max);
        }
    }

    List<String> positional() {
        return positional;
    }
}
