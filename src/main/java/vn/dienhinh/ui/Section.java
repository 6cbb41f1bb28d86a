package vn.dienhinh.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The sections of the navigation, in order, with their icons. */
public enum Section {
    DASHBOARD(Material2AL.DASHBOARD),
    EXEMPLARS(Material2MZ.PEOPLE),
    CAMPAIGNS(Material2AL.FLAG),
    INTRODUCTIONS(Material2AL.EVENT_NOTE),
    COMMENDATIONS(Material2AL.EMOJI_EVENTS),
    NOMINATIONS(Material2AL.ASSIGNMENT),
    REPORTS(Material2AL.DESCRIPTION),
    CATALOG(Material2AL.LIST_ALT),
    SETTINGS(Material2MZ.SETTINGS);

    private final Ikon icon;

    Section(Ikon icon) {
        this.icon = icon;
    }

    public Ikon icon() {
        return icon;
    }
}
