package vn.dienhinh.util;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The Vietnamese resource bundle: every text a user sees comes from here. */
public final class Messages {

    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.dienhinh.i18n.messages", LOCALE);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** The text for {@code key}, with {0}, {1} … filled from {@code args}. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat f = new MessageFormat(pattern.replace("'", "''"), LOCALE);
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers as written, not grouped (years must read 2024, not 2.024)
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return f.format(plain);
    }

    /** Label of an enum constant: key {@code SimpleName.CONSTANT}. */
    public static String of(Enum<?> e) {
        return e == null ? "" : get(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
}
