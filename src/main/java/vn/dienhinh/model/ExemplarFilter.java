package vn.dienhinh.model;

/**
 * What the exemplar list is narrowed to. Every part is optional (null = any). {@code year} is the
 * year the exemplar was found.
 */
public record ExemplarFilter(String search, ExemplarKind kind, Long fieldId, Long unitId, ExemplarStatus status,
                             Integer year) {

    public static final ExemplarFilter ALL = new ExemplarFilter(null, null, null, null, null, null);

    public ExemplarFilter withSearch(String s) {
        return new ExemplarFilter(s, kind, fieldId, unitId, status, year);
    }

    public ExemplarFilter withKind(ExemplarKind k) {
        return new ExemplarFilter(search, k, fieldId, unitId, status, year);
    }

    public ExemplarFilter withField(Long f) {
        return new ExemplarFilter(search, kind, f, unitId, status, year);
    }

    public ExemplarFilter withUnit(Long u) {
        return new ExemplarFilter(search, kind, fieldId, u, status, year);
    }

    public ExemplarFilter withStatus(ExemplarStatus s) {
        return new ExemplarFilter(search, kind, fieldId, unitId, s, year);
    }

    public ExemplarFilter withYear(Integer y) {
        return new ExemplarFilter(search, kind, fieldId, unitId, status, y);
    }
}
