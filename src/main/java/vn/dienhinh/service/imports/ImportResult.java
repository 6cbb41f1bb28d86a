package vn.dienhinh.service.imports;

import java.util.List;
import java.util.Map;
import vn.dienhinh.model.ExemplarKind;

/** What an import wrote: the exemplars by kind and the units added, all in one transaction. */
public record ImportResult(int imported, Map<ExemplarKind, Integer> byKind, List<String> unitsCreated, int skipped) {
}
