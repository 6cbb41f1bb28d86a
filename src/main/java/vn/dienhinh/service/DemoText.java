package vn.dienhinh.service;

import java.time.LocalDate;
import java.util.Random;
import vn.dienhinh.service.DemoCatalog.DemoUnit;

/**
 * The numbers and names one exemplar's texts share, so its summary, account and deeds agree; fills
 * the placeholders of {@link DemoThemes} and {@link DemoRoles}.
 */
final class DemoText {

    final String ward;
    final String unit;
    final String company;
    final int a;
    final int b;
    final int c;
    final int d;
    final int p;
    final int q;
    final int m;
    final int k;
    final int startBack;
    int startYear;
    String big;
    String s;
    LocalDate firstDeed;
    int deedYear;

    DemoText(Random r, DemoUnit u) {
        ward = u.ward() != null ? u.ward() : DemoCatalog.ward(r);
        unit = u.name();
        company = DemoCatalog.COMPANIES[r.nextInt(DemoCatalog.COMPANIES.length)];
        a = 2 + r.nextInt(8);
        b = 10 + r.nextInt(51);
        c = (10 + r.nextInt(81)) * 10;
        d = (20 + r.nextInt(381)) * 50;
        p = 15 + r.nextInt(46);
        q = 75 + r.nextInt(24);
        m = 5 + r.nextInt(146);
        k = 1 + r.nextInt(3);
        startBack = r.nextInt(4);
    }

    /** The subject: "Bà Lan" at the start of a sentence, "bà Lan" inside one. */
    void subject(String atStart) {
        subject(atStart, Character.toLowerCase(atStart.charAt(0)) + atStart.substring(1));
    }

    void subject(String atStart, String inside) {
        big = atStart.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + atStart.substring(1);
        s = inside;
    }

    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            int close = ch == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(ch);
                i++;
                continue;
            }
            out.append(value(template.substring(i + 1, close)));
            i = close + 1;
        }
        return out.toString();
    }

    private String value(String key) {
        switch (key) {
            case "S": return big;
            case "s": return s;
            case "unit": return unit;
            case "W": return ward;
            case "market": return DemoCatalog.market(ward);
            case "office": return unit.startsWith("Phòng ") ? unit.substring(6) : unit;
            case "company": return company;
            case "a": return String.valueOf(a);
            case "b": return String.valueOf(b);
            case "c": return String.valueOf(c);
            case "d": return String.format(java.util.Locale.ROOT, "%,d", d).replace(',', '.');
            case "p": return String.valueOf(p);
            case "q": return String.valueOf(q);
            case "m": return String.valueOf(m);
            case "k": return String.valueOf(k);
            case "y": return String.valueOf(startYear);
            case "y1": return String.valueOf(startYear + 1);
            case "dd": return firstDeed == null ? "" : Dates.format(firstDeed);
            case "dy": return String.valueOf(deedYear);
            default: throw new IllegalArgumentException("unknown placeholder {" + key + "}");
        }
    }
}
