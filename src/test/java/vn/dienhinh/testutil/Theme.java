package vn.dienhinh.testutil;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** GUI tests run under the theme the application uses, so styles that look up its colours resolve. */
public final class Theme {

    private Theme() {
    }

    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
