package vn.dienhinh.service;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Unit;

/**
 * Which ward's People's Committee gave a demo exemplar a ward-level commendation: the ward its unit is in,
 * else the ward it lives in. A decision is cited "của Ủy ban nhân dân phường Bến Nghé", never of a ward
 * without a name.
 */
final class DemoWards {

    private static final Pattern WARD = Pattern.compile("(?iu)\\bphường\\s+([^,;.]+)");

    private final RegistryService registry;
    private final Map<Long, Unit> units = new HashMap<>();

    DemoWards(RegistryService registry, CatalogService catalog) {
        this.registry = registry;
        catalog.units().forEach(u -> units.put(u.id(), u));
    }

    /** "Ủy ban nhân dân phường Bến Nghé", or null when the exemplar is neither in a ward's unit nor lives in one. */
    String body(long exemplarId) {
        Exemplar e = registry.require(exemplarId);
        for (Unit u = e.unitId() == null ? null : units.get(e.unitId()); u != null;
             u = u.parentId() == null ? null : units.get(u.parentId())) {
            if ("Phường".equals(u.type())) {
                return DemoExemplars.actor(u.name());
            }
        }
        for (String where : new String[]{e.residence(), e.address()}) {
            Matcher m = where == null ? null : WARD.matcher(where);
            if (m != null && m.find()) {
                return "Ủy ban nhân dân phường " + m.group(1).strip();
            }
        }
        return null;
    }
}
