package vn.dienhinh.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dienhinh.model.Field;

/**
 * Matches what a list writes in its "Lĩnh vực" column to the catalogue: the full name in any case,
 * with or without diacritics and "và" ("Giáo dục - Đào tạo"), the short name, an abbreviation
 * ("GD&ĐT", "CCHC", "KH&CN"), a distinctive part of a name ("Văn hóa", "Thuế"), or a few usual
 * synonyms. A cell may name several fields, separated by ";", "/", "+" or line breaks.
 */
public final class FieldMatcher {

    /** Usual other names, to the catalogue name (folded, without "và") they stand for. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("an ninh trat tu", "quoc phong an ninh"), Map.entry("antt", "quoc phong an ninh"),
            Map.entry("cong an", "quoc phong an ninh"), Map.entry("quan su", "quoc phong an ninh"),
            Map.entry("lao dong thuong binh xa hoi", "an sinh xa hoi"), Map.entry("ldtbxh", "an sinh xa hoi"),
            Map.entry("chinh sach xa hoi", "an sinh xa hoi"), Map.entry("bao tro xa hoi", "an sinh xa hoi"),
            Map.entry("tu thien", "an sinh xa hoi"), Map.entry("nhan dao", "an sinh xa hoi"),
            Map.entry("cong nghe thong tin", "thong tin truyen thong"), Map.entry("cntt", "thong tin truyen thong"),
            Map.entry("chuyen doi so", "thong tin truyen thong"), Map.entry("bao chi", "thong tin truyen thong"),
            Map.entry("tdtt", "van hoa nghe thuat the duc the thao"),
            Map.entry("mat tran", "xay dung dang chinh quyen doan the"),
            Map.entry("dan van", "xay dung dang chinh quyen doan the"),
            Map.entry("xay dung he thong chinh tri", "xay dung dang chinh quyen doan the"),
            Map.entry("nong thon moi", "nong nghiep"), Map.entry("xay dung nong thon moi", "nong nghiep"),
            Map.entry("khuyen hoc", "giao duc dao tao"), Map.entry("gd", "giao duc dao tao"),
            Map.entry("dan so", "y te"), Map.entry("thuong mai", "cong thuong xay dung giao thong van tai"),
            Map.entry("gtvt", "cong thuong xay dung giao thong van tai"));

    private final Map<String, Set<Long>> keys = new HashMap<>();
    private final Map<Long, List<String>> words = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    public FieldMatcher(List<Field> fields) {
        Map<String, Long> byName = new HashMap<>();
        for (Field f : fields) {
            names.put(f.id(), f.name());
            List<String> w = withoutVa(f.name());
            words.put(f.id(), w);
            byName.put(String.join(" ", w), f.id());
            for (String k : keysOf(f.name())) {
                add(k, f.id());
            }
            add(acronym(w), f.id());
            if (f.shortName() != null && !f.shortName().isBlank()) {
                keysOf(f.shortName()).forEach(k -> add(k, f.id()));
            }
        }
        SYNONYMS.forEach((alias, target) -> {
            Long id = byName.get(target);
            if (id != null && !keys.containsKey(alias)) {
                add(alias, id);
            }
        });
    }

    /** The outcome for one cell: the fields found, and the parts that named none. */
    public record Match(List<Long> fieldIds, List<String> unknown) {
    }

    /** Reads one cell of the field column. */
    public Match match(String cell) {
        // line breaks separate fields: split before spaces are collapsed
        String text = cell == null ? "" : java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFC).strip();
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        if (text.isBlank()) {
            return new Match(List.of(), List.of());
        }
        Long whole = strict(vn.dienhinh.util.VietnameseText.clean(text));
        if (whole != null) {
            return new Match(List.of(whole), List.of());
        }
        for (String part : text.split("\\s*[;/+\\r\\n]\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            Long id = strict(part);
            if (id == null && part.contains(",")) {
                // "Y tế, Giáo dục": commas also separate fields when the whole part names none
                List<Long> each = new ArrayList<>();
                for (String p : part.split("\\s*,\\s*")) {
                    each.add(p.isBlank() ? null : strict(p));
                }
                if (!each.contains(null)) {
                    ids.addAll(each);
                    continue;
                }
            }
            if (id == null) {
                id = containing(withoutVa(part));
            }
            if (id != null) {
                ids.add(id);
            } else {
                unknown.add(vn.dienhinh.util.VietnameseText.clean(part));
            }
        }
        return new Match(List.copyOf(ids), unknown);
    }

    /** The one field this text names, or null when it names none or is ambiguous. */
    public Long one(String text) {
        Long id = strict(text);
        return id != null ? id : containing(withoutVa(text));
    }

    /** By a name, short name, abbreviation or synonym, or a distinctive run of words of one field's name. */
    private Long strict(String text) {
        for (String k : keysOf(text)) {
            Set<Long> ids = keys.get(k);
            if (ids != null && ids.size() == 1) {
                return ids.iterator().next();
            }
        }
        List<String> w = withoutVa(text);
        if (w.isEmpty() || String.join("", w).length() < 3) {
            return null;
        }
        Long found = null;
        for (Map.Entry<Long, List<String>> e : words.entrySet()) {
            if (java.util.Collections.indexOfSubList(e.getValue(), w) >= 0) {
                if (found != null) {
                    return null; // "Xây dựng" is part of two fields
                }
                found = e.getKey();
            }
        }
        return found;
    }

    /** The one field all of whose words the text has, in order: "Cải cách thủ tục hành chính", "Y tế dự phòng". */
    private Long containing(List<String> text) {
        Long found = null;
        for (Map.Entry<Long, List<String>> e : words.entrySet()) {
            if (inOrder(e.getValue(), text)) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    private static boolean inOrder(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) {
            if (i < part.size() && part.get(i).equals(w)) {
                i++;
            }
        }
        return !part.isEmpty() && i == part.size();
    }

    public String name(long id) {
        return names.get(id);
    }

    private void add(String key, long id) {
        if (!key.isEmpty()) {
            keys.computeIfAbsent(key, k -> new HashSet<>()).add(id);
        }
    }

    /** The words without "và", joined with spaces and run together: "giao duc dao tao", "giaoducdaotao". */
    private static List<String> keysOf(String s) {
        List<String> w = withoutVa(s);
        return List.of(String.join(" ", w), String.join("", w), HeaderTitles.normal(s));
    }

    private static List<String> withoutVa(String s) {
        String n = HeaderTitles.normal(s);
        if (n.startsWith("linh vuc ")) {
            n = n.substring("linh vuc ".length());
        }
        List<String> out = new ArrayList<>();
        for (String w : n.split(" ")) {
            if (!w.isEmpty() && !w.equals("va")) {
                out.add(w);
            }
        }
        return out;
    }

    private static String acronym(List<String> words) {
        StringBuilder b = new StringBuilder();
        words.forEach(w -> b.append(w.charAt(0)));
        return b.length() < 2 ? "" : b.toString();
    }
}
