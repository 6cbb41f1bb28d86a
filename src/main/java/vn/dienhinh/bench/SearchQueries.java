package vn.dienhinh.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.util.VietnameseText;

/**
 * What an officer types into the search box, drawn from the registry itself (seeded, so every run
 * types the same): the start of a family name ("ng"), family name and the start of the middle one
 * ("nguyen th"), initials ("ng v a"), two words of a name ("tran thi"), a name cut in its third word
 * ("le thi h"), the start of a unit's name ("phuong ben ng", "tram y te"), two words of an
 * achievement ("hien mau"), without diacritics as people type in a hurry.
 */
final class SearchQueries {

    private static final int PER_KIND = 10;

    private SearchQueries() {
    }

    static List<String> from(RegistryService registry, long total) {
        Random r = new Random(42);
        Set<String> out = new LinkedHashSet<>();
        List<ExemplarRow> people = sample(registry, ExemplarFilter.ALL.withKind(ExemplarKind.INDIVIDUAL), r);
        List<ExemplarRow> any = sample(registry, ExemplarFilter.ALL, r);
        for (ExemplarRow p : people) {
            String[] w = VietnameseText.searchTerms(p.name());
            if (w.length >= 3) {
                out.add(cut(w[0], 2));
                out.add(w[0] + " " + cut(w[1], 2));
                out.add(cut(w[0], 2) + " " + cut(w[1], 1) + " " + cut(w[w.length - 1], 1));
                out.add(w[0] + " " + w[1]);
                out.add(w[0] + " " + w[1] + " " + cut(w[2], 1));
            }
        }
        for (ExemplarRow a : any) {
            String[] unit = VietnameseText.searchTerms(a.unitName());
            if (unit.length >= 3) {
                out.add(unit[0] + " " + unit[1] + " " + cut(unit[2], 2));
            }
            String[] did = VietnameseText.searchTerms(a.summary());
            if (did.length >= 4) {
                int at = r.nextInt(did.length - 2);
                out.add(did[at] + " " + did[at + 1]);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<ExemplarRow> sample(RegistryService registry, ExemplarFilter f, Random r) {
        long n = registry.count(f);
        List<ExemplarRow> out = new ArrayList<>();
        for (int i = 0; i < PER_KIND && n > 0; i++) {
            out.addAll(registry.page(f, (long) (r.nextDouble() * n), 1));
        }
        return out;
    }

    private static String cut(String word, int letters) {
        return word.length() <= letters ? word : word.substring(0, letters);
    }
}
