package vn.dienhinh.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Unit;

/**
 * Matches a unit as a list writes it to the catalogue: the same name ignoring case, diacritics and
 * punctuation, leading zeros of numbers ("Phường 03"), the usual abbreviations ("P. Bến Nghé",
 * "TDP 5", "KP 2") and a leading "UBND" / "Ủy ban nhân dân".
 */
public final class UnitMatcher {

    private static final java.util.regex.Pattern ZERO_PADDED = java.util.regex.Pattern.compile("0+\\d+");

    private static final Map<String, String> ABBREVIATIONS = Map.of("p", "phuong", "q", "quan", "x", "xa",
            "tt", "thi tran", "tdp", "to dan pho", "kp", "khu pho");

    private final Map<String, List<Unit>> byKey = new HashMap<>();

    public UnitMatcher(List<Unit> units) {
        for (Unit u : units) {
            byKey.computeIfAbsent(key(u.name()), k -> new ArrayList<>()).add(u);
        }
    }

    /** The units with the same name as {@code text} (several when units of different wards share one). */
    public List<Unit> match(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return byKey.getOrDefault(key(text), List.of());
    }

    /** True when the words look like a unit's name ("Phường …", "Trường …", "Đơn vị: …"). */
    public static boolean looksLikeUnit(String text) {
        String t = HeaderTitles.normal(text);
        for (String start : List.of("don vi", "phuong", "xa", "thi tran", "to dan pho", "khu pho", "ap", "thon",
                "truong", "phong", "ban", "ubnd", "uy ban", "hoi", "cong an", "tram", "quan",
                "huyen", "doan", "mat tran", "cong ty", "benh vien", "trung tam", "so", "chi cuc", "kp", "tdp")) {
            if (t.equals(start) || t.startsWith(start + " ")) {
                return true;
            }
        }
        return false;
    }

    public static String key(String name) {
        String n = HeaderTitles.normal(name);
        List<String> out = new ArrayList<>();
        String[] words = n.split(" ");
        int i = 0;
        if (n.startsWith("uy ban nhan dan ")) {
            i = 4;
        } else if (words.length > 1 && words[0].equals("ubnd")) {
            i = 1;
        }
        for (; i < words.length; i++) {
            String w = words[i];
            if (out.isEmpty() && ABBREVIATIONS.containsKey(w) && i + 1 < words.length) {
                out.add(ABBREVIATIONS.get(w));
            } else if (ZERO_PADDED.matcher(w).matches()) {
                out.add(w.replaceFirst("^0+", ""));
            } else if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }
}
