package vn.dienhinh.service;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Unit;
import vn.dienhinh.util.VietnameseText;

/**
 * Which ward's People's Committee gave a demo exemplar a ward-level commendation: the ward its unit is in,
 * else the ward of the office it lives in. A decision is cited "của Ủy ban nhân dân phường Bến Nghé", never
 * of a ward without a name.
 */
final class DemoWards {

    private static final Pattern WARD = Pattern.compile("(?iu)\\bphường\\s+([^,;.]+)");

    private final RegistryService registry;
    private final Map<Long, Unit> units = new HashMap<>();
    /** The office's wards by their folded bare name ("ben nghe"). */
    private final Map<String, Unit> wards = new HashMap<>();

    DemoWards(RegistryService registry, CatalogService catalog) {
        this.registry = registry;
        catalog.units().forEach(u -> units.put(u.id(), u));
        units.values().stream().filter(u -> "Phường".equals(u.type()) && u.name().startsWith("Phường "))
                .forEach(u -> wards.put(VietnameseText.fold(u.name().substring(7)), u));
    }

    /** The ward the unit is in (the unit itself when it is a ward), or null. */
    Unit wardOf(Long unitId) {
        for (Unit u = unitId == null ? null : units.get(unitId); u != null;
             u = u.parentId() == null ? null : units.get(u.parentId())) {
            if ("Phường".equals(u.type())) {
                return u;
            }
        }
        return null;
    }

    /** "Ủy ban nhân dân phường Bến Nghé", or null when the exemplar is neither in a ward's unit nor lives in one. */
    String body(long exemplarId) {
        Exemplar e = registry.require(exemplarId);
        Unit own = wardOf(e.unitId());
        if (own != null) {
            return DemoExemplars.actor(own.name());
        }
        for (String where : new String[]{e.residence(), e.address()}) {
            Matcher m = where == null ? null : WARD.matcher(where);
            // a ward of the office's, not one of another district's ("phường 5, Quận 3")
            Unit ward = m != null && m.find() ? wards.get(VietnameseText.fold(m.group(1).strip())) : null;
            if (ward != null) {
                return DemoExemplars.actor(ward.name());
            }
        }
        return null;
    }
}
