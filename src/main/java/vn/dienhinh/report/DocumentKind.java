package vn.dienhinh.report;

import vn.dienhinh.util.Messages;

/**
 * Kinds of document the office issues. The title ("BÁO CÁO") and the abbreviation used in the number
 * ("BC") come from the resource bundle, keys {@code DocumentKind.X} and {@code DocumentKind.X.abbr}.
 */
public enum DocumentKind {
    REPORT, PLAN, SUBMISSION, DECISION;

    /** "BÁO CÁO", "KẾ HOẠCH", "TỜ TRÌNH", "QUYẾT ĐỊNH". */
    public String title() {
        return Messages.of(this);
    }

    /** "BC", "KH", "TTr", "QĐ". */
    public String abbreviation() {
        return Messages.get(getDeclaringClass().getSimpleName() + "." + name() + ".abbr");
    }
}
