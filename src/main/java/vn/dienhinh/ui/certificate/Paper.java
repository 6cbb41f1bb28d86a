package vn.dienhinh.ui.certificate;

/** The usual paper sizes of a blank, short and long side in millimetres; OTHER is any other page. */
enum Paper {
    A3(297, 420), A4(210, 297), A5(148, 210), OTHER(0, 0);

    final double shortMm;
    final double longMm;

    Paper(double shortMm, double longMm) {
        this.shortMm = shortMm;
        this.longMm = longMm;
    }

    /** The size a page of {@code w} by {@code h} mm is, either way round, within half a millimetre. */
    static Paper of(double w, double h) {
        for (Paper p : values()) {
            if (Math.abs(Math.min(w, h) - p.shortMm) < 0.5 && Math.abs(Math.max(w, h) - p.longMm) < 0.5) {
                return p;
            }
        }
        return OTHER;
    }
}
