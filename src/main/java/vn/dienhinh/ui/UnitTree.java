package vn.dienhinh.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Unit;

/** Units in tree order with their names indented by depth, for pickers. */
public final class UnitTree {

    private UnitTree() {
    }

    /** Each unit with its label, parents before children, siblings in the given (Vietnamese) order. */
    public static List<Map.Entry<Unit, String>> indented(List<Unit> units) {
        List<Map.Entry<Unit, String>> out = new ArrayList<>();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        for (Unit u : units) {
            if (u.parentId() == null || !ids.contains(u.parentId())) {
                add(u, 0, units, out);
            }
        }
        return out;
    }

    private static void add(Unit u, int depth, List<Unit> all, List<Map.Entry<Unit, String>> out) {
        out.add(Map.entry(u, "    ".repeat(depth) + u.name()));
        if (depth > 20) {
            return;
        }
        for (Unit c : all) {
            if (u.id().equals(c.parentId())) {
                add(c, depth + 1, all, out);
            }
        }
    }
}
