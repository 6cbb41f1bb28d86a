package vn.dienhinh.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dienhinh.model.Cluster;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Unit;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/** The catalogues: units (a tree, each in a cluster), clusters and fields. */
public final class CatalogService {

    private final CatalogRepository repo;

    public CatalogService(CatalogRepository repo) {
        this.repo = repo;
    }

    public List<Unit> units() {
        return repo.units();
    }

    public Unit unit(long id) {
        return repo.unit(id);
    }

    public Unit unitByName(String name) {
        return repo.unitByName(name);
    }

    public List<Cluster> clusters() {
        return repo.clusters();
    }

    public Cluster addCluster(String name) {
        String n = VietnameseText.cleanOrNull(name);
        if (n == null) {
            throw new UserException("valid.unitName");
        }
        return repo.clusters().stream().filter(c -> c.name().equalsIgnoreCase(n)).findFirst()
                .orElseGet(() -> repo.insertCluster(n));
    }

    public Unit saveUnit(Unit draft) {
        String name = VietnameseText.cleanOrNull(draft.name());
        if (name == null) {
            throw new UserException("valid.unitName");
        }
        Unit u = new Unit(draft.id(), draft.parentId(), name, VietnameseText.cleanOrNull(draft.type()),
                draft.clusterId(), VietnameseText.cleanOrNull(draft.contactName()),
                VietnameseText.cleanOrNull(draft.contactPhone()), VietnameseText.cleanOrNull(draft.contactEmail()),
                draft.activeFrom(), draft.active(), VietnameseText.cleanOrNull(draft.note()));
        String fold = VietnameseText.fold(name);
        List<Unit> all = repo.units();
        boolean duplicate = all.stream().anyMatch(o -> !o.id().equals(u.id())
                && java.util.Objects.equals(o.parentId(), u.parentId()) && VietnameseText.fold(o.name()).equals(fold));
        if (duplicate) {
            throw new UserException("valid.unitDuplicate", name);
        }
        if (u.id() != null && u.parentId() != null && descendantsAndSelf(all, u.id()).contains(u.parentId())) {
            throw new UserException("valid.unitParentLoop");
        }
        if (u.id() == null) {
            return repo.insertUnit(u);
        }
        repo.updateUnit(u);
        return u;
    }

    /** Number of exemplars proposed by the unit: a unit in use needs somewhere to move them before deletion. */
    public long unitUsage(long unitId) {
        return repo.exemplarsOfUnit(unitId) + repo.introductionsOfUnit(unitId);
    }

    public long introductionsOfUnit(long unitId) {
        return repo.introductionsOfUnit(unitId);
    }

    /**
     * Deletes the unit. If it has exemplars, {@code moveTo} must name the unit that takes them over;
     * its child units move up to its parent.
     */
    public void deleteUnit(long unitId, Long moveTo) {
        Unit u = repo.unit(unitId);
        if (u == null) {
            return;
        }
        long used = repo.exemplarsOfUnit(unitId);
        long introduced = repo.introductionsOfUnit(unitId);
        if (moveTo != null && moveTo == unitId) {
            throw new UserException("valid.moveToSelf");
        }
        if (used + introduced > 0 && moveTo == null) {
            throw new UserException("valid.unitInUse", u.name(), used, introduced);
        }
        repo.deleteUnit(unitId, moveTo);
    }

    public List<Field> fields() {
        return repo.fields();
    }

    public Field field(long id) {
        return repo.field(id);
    }

    public Field fieldByName(String name) {
        return repo.fieldByName(name);
    }

    public Field saveField(Field draft) {
        String name = VietnameseText.cleanOrNull(draft.name());
        if (name == null) {
            throw new UserException("valid.fieldName");
        }
        String fold = VietnameseText.fold(name);
        if (repo.fields().stream().anyMatch(o -> !o.id().equals(draft.id()) && VietnameseText.fold(o.name()).equals(fold))) {
            throw new UserException("valid.fieldDuplicate", name);
        }
        int order = draft.sortOrder() > 0 ? draft.sortOrder()
                : repo.fields().stream().mapToInt(Field::sortOrder).max().orElse(0) + 1;
        Field f = new Field(draft.id(), name, VietnameseText.cleanOrNull(draft.shortName()), order, draft.activeFrom(),
                draft.active());
        if (f.id() == null) {
            return repo.insertField(f);
        }
        repo.updateField(f);
        return f;
    }

    public long fieldUsage(long fieldId) {
        return repo.exemplarsOfField(fieldId);
    }

    /** Deletes the field; if exemplars carry it, {@code moveTo} names the field they get instead. */
    public void deleteField(long fieldId, Long moveTo) {
        Field f = repo.field(fieldId);
        if (f == null) {
            return;
        }
        if (moveTo != null && moveTo == fieldId) {
            throw new UserException("valid.moveToSelf");
        }
        long used = repo.exemplarsOfField(fieldId);
        if (used > 0 && moveTo == null) {
            throw new UserException("valid.fieldInUse", f.name(), used);
        }
        repo.deleteField(fieldId, moveTo);
    }

    /** The unit and all units below it. */
    public static Set<Long> descendantsAndSelf(List<Unit> all, long id) {
        Set<Long> out = new HashSet<>();
        out.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Unit u : all) {
                if (u.parentId() != null && out.contains(u.parentId()) && out.add(u.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    /** How a unit signs its papers; blank when never set. */
    public vn.dienhinh.model.UnitSigner unitSigner(long unitId) {
        return repo.unitSigner(unitId);
    }

    /** Saves how a unit signs; a unit that signs needs its letterhead name, place, symbol and head together. */
    public void saveUnitSigner(vn.dienhinh.model.UnitSigner s) {
        checkSigner(s);
        repo.saveUnitSigner(s);
    }

    /** Refuses a half-filled signer or a symbol that cannot stand in a document number. */
    public static void checkSigner(vn.dienhinh.model.UnitSigner s) {
        boolean any = !(s.formalName() + s.place() + s.symbol() + s.headName() + s.headTitle()).isEmpty();
        if (any && !s.complete()) {
            throw new vn.dienhinh.util.UserException("unit.signerIncomplete");
        }
        if (!s.symbol().isEmpty() && !s.symbol().matches("[\\p{L}\\p{N}]+([-.&][\\p{L}\\p{N}]+)*")) {
            throw new vn.dienhinh.util.UserException("settings.valid.symbolForm", s.symbol());
        }
    }
}
