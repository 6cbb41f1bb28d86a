package vn.dienhinh.service;

import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Officer;
import vn.dienhinh.model.Unit;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.util.UserException;

/**
 * The refusals of what the signed-in officer may not touch, for the services that read and write single
 * exemplars by id: a unit's clerk reads only exemplars of their unit and the units below it, and creates
 * or moves exemplars only into those. Lists, counts and pages are narrowed in their SQL by the store; this
 * is for an id asked for directly. The office's officer (and a workstation's one officer) passes with no query.
 */
final class ExemplarAccess {

    private final ExemplarRepository exemplars;
    private final CatalogRepository catalog;

    ExemplarAccess(ExemplarRepository exemplars, CatalogRepository catalog) {
        this.exemplars = exemplars;
        this.catalog = catalog;
    }

    /** True when the officer sees every exemplar, and no check needs to be made. */
    boolean seesAll() {
        return exemplars.officer().seesAll();
    }

    /** Refused ({@code scope.otherUnit}) when the stored exemplar {@code e} is not one the officer sees. */
    Exemplar checkSees(Exemplar e) {
        if (!seesAll() && !exemplars.inScope(e.unitId())) {
            Officer o = exemplars.officer();
            throw new UserException("scope.otherUnit", e.name(), o.login(), unitName(o));
        }
        return e;
    }

    /** As {@link #checkSees(Exemplar)} for the exemplar {@code id} ({@code valid.notFound} when there is none); no query for the office. */
    void checkSees(long id) {
        if (!seesAll()) {
            Exemplar e = exemplars.find(id);
            if (e == null) {
                throw new UserException("valid.notFound", id);
            }
            checkSees(e);
        }
    }

    /** Refused ({@code scope.unitOutside}) when {@code e} is to be saved into a unit the officer does not see. */
    void checkUnit(Exemplar e) {
        if (!seesAll() && !exemplars.inScope(e.unitId())) {
            Officer o = exemplars.officer();
            throw new UserException("scope.unitOutside", o.login(), unitName(o), e.name());
        }
    }

    private String unitName(Officer o) {
        Unit u = o.unitId() == null ? null : catalog.unit(o.unitId());
        return u == null ? String.valueOf(o.unitId()) : u.name();
    }
}
