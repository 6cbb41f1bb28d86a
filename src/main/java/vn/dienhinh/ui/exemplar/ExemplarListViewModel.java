package vn.dienhinh.ui.exemplar;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ListSlice;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.PagedList;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;

/**
 * State of the exemplar screen: the filter the user sets, the paged rows it selects, and the
 * choices of the filter boxes. Typing is debounced so each keystroke does not start a query.
 */
public final class ExemplarListViewModel {

    private final RegistryService registry;
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final PagedList<ExemplarRow> rows;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(180));

    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<Choice<ExemplarKind>> kind = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Long>> field = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Long>> unit = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<ExemplarStatus>> status = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Integer>> year = new SimpleObjectProperty<>();
    /** "Commended with X in year Y", set from the commendation screen; its label names it. */
    final ObjectProperty<Choice<ExemplarFilter>> commended = new SimpleObjectProperty<>();

    final ObservableList<Choice<ExemplarKind>> kinds = FXCollections.observableArrayList();
    final ObservableList<Choice<Long>> fields = FXCollections.observableArrayList();
    final ObservableList<Choice<Long>> units = FXCollections.observableArrayList();
    final ObservableList<Choice<ExemplarStatus>> statuses = FXCollections.observableArrayList();
    final ObservableList<Choice<Integer>> years = FXCollections.observableArrayList();

    private Runnable afterReload = () -> { };
    private boolean quiet;

    ExemplarListViewModel(RegistryService registry, CatalogService catalog, TaskRunner tasks) {
        this.registry = registry;
        this.catalog = catalog;
        this.tasks = tasks;
        this.rows = new PagedList<>(tasks);
        kinds.add(new Choice<>(null, Messages.get("filter.allKinds")));
        for (ExemplarKind k : ExemplarKind.values()) {
            kinds.add(new Choice<>(k, Messages.of(k)));
        }
        statuses.add(new Choice<>(null, Messages.get("filter.allStatuses")));
        for (ExemplarStatus s : ExemplarStatus.values()) {
            statuses.add(new Choice<>(s, Messages.of(s)));
        }
        kind.set(kinds.get(0));
        status.set(statuses.get(0));
        fields.add(new Choice<>(null, Messages.get("filter.allFields")));
        units.add(new Choice<>(null, Messages.get("filter.allUnits")));
        years.add(new Choice<>(null, Messages.get("filter.allYears")));
        field.set(fields.get(0));
        unit.set(units.get(0));
        year.set(years.get(0));
        debounce.setOnFinished(e -> reload());
        search.addListener((o, a, b) -> {
            if (!quiet) {
                debounce.playFromStart();
            }
        });
        for (ObjectProperty<?> p : List.of(kind, field, unit, status, year, commended)) {
            p.addListener((o, a, b) -> {
                if (!quiet) {
                    reload();
                }
            });
        }
    }

    /**
     * Sets every filter from {@code f} and queries once. A field or unit not yet among the loaded
     * choices gets one made with {@code label}; the next reload of the choices swaps in the listed one.
     */
    void apply(ExemplarFilter f, String label) {
        quiet = true;
        search.set(f.search() == null ? "" : f.search());
        kind.set(kinds.stream().filter(c -> c.value() == f.kind()).findFirst().orElse(kinds.get(0)));
        status.set(statuses.stream().filter(c -> c.value() == f.status()).findFirst().orElse(statuses.get(0)));
        field.set(pick(fields, f.fieldId(), label));
        unit.set(pick(units, f.unitId(), label));
        year.set(pick(years, f.year(), f.year() == null ? null : String.valueOf(f.year())));
        commended.set(f.commendedForm() == null ? null : new Choice<>(f, label));
        quiet = false;
        debounce.stop();
        reload();
    }

    private static <T> Choice<T> pick(ObservableList<Choice<T>> list, T value, String label) {
        if (value == null) {
            return list.get(0);
        }
        return list.stream().filter(c -> value.equals(c.value())).findFirst()
                .orElse(new Choice<>(value, label == null ? String.valueOf(value) : label));
    }

    /** Clears every filter and queries once. */
    void clearFilters() {
        quiet = true;
        search.set("");
        kind.set(kinds.get(0));
        field.set(fields.get(0));
        unit.set(units.get(0));
        status.set(statuses.get(0));
        year.set(years.get(0));
        commended.set(null);
        quiet = false;
        debounce.stop();
        reload();
    }

    PagedList<ExemplarRow> rows() {
        return rows;
    }

    RegistryService registry() {
        return registry;
    }

    CatalogService catalog() {
        return catalog;
    }

    TaskRunner tasks() {
        return tasks;
    }

    /** Runs once after the next reload has put its rows in. */
    void afterNextReload(Runnable r) {
        afterReload = r;
    }

    ExemplarFilter filter() {
        String text = search.get() == null || search.get().isBlank() ? null : search.get();
        ExemplarFilter c = commended.get() == null ? null : commended.get().value();
        return new ExemplarFilter(text, value(kind), value(field), value(unit), value(status), value(year),
                c == null ? null : c.commendedForm(), c == null ? null : c.commendedYear());
    }

    private static <T> T value(ObjectProperty<Choice<T>> p) {
        return p.get() == null ? null : p.get().value();
    }

    /** Queries again with the current filter. */
    void reload() {
        ExemplarFilter f = filter();
        rows.reload(new PagedList.Source<>() {
            @Override
            public long count() {
                return registry.count(f);
            }

            @Override
            public List<ExemplarRow> page(long offset, int limit) {
                return registry.page(f, offset, limit);
            }

            @Override
            public ListSlice<ExemplarRow> first(int limit) {
                return registry.firstPage(f, limit);
            }
        }, () -> {
            Runnable r = afterReload;
            afterReload = () -> { };
            r.run();
        });
    }

    /** Reads the catalogues for the filter boxes again, keeping what is chosen where it still exists. */
    void reloadChoices() {
        tasks.run(null, () -> new Object[]{catalog.fields(), catalog.units(), registry.foundYears()}, r -> {
            @SuppressWarnings("unchecked")
            List<Field> fs = (List<Field>) r[0];
            @SuppressWarnings("unchecked")
            List<Unit> us = (List<Unit>) r[1];
            @SuppressWarnings("unchecked")
            List<Integer> ys = (List<Integer>) r[2];
            List<Choice<Long>> fc = new ArrayList<>(List.of(fields.get(0)));
            fs.forEach(f -> fc.add(new Choice<>(f.id(), f.name())));
            List<Choice<Long>> uc = new ArrayList<>(List.of(units.get(0)));
            UnitTree.indented(us).forEach(e -> uc.add(new Choice<>(e.getKey().id(), e.getValue())));
            List<Choice<Integer>> yc = new ArrayList<>(List.of(years.get(0)));
            ys.forEach(y -> yc.add(new Choice<>(y, String.valueOf(y))));
            keep(field, fields, fc);
            keep(unit, units, uc);
            keep(year, years, yc);
        });
    }

    private <T> void keep(ObjectProperty<Choice<T>> chosen, ObservableList<Choice<T>> list, List<Choice<T>> fresh) {
        T value = chosen.get() == null ? null : chosen.get().value();
        Choice<T> again = fresh.stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst()
                .orElse(fresh.get(0));
        boolean same = java.util.Objects.equals(again.value(), value);
        quiet = same; // the same choice in a fresh list is no reason to query again
        list.setAll(fresh);
        chosen.set(again);
        quiet = false;
    }
}
