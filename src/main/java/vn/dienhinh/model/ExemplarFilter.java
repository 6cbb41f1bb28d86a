package vn.dienhinh.model;

/**
 * What the exemplar list is narrowed to. Every part is optional (null = any). {@code year} is the
 * year the exemplar was found.
 */
public record ExemplarFilter(String search, ExemplarKind kind, Long fieldId, Long unitId, ExemplarStatus status,
                             Integer year, Long commendedForm, Integer commendedYear) {

    public static final ExemplarFilter ALL = new ExemplarFilter(null, null, null, null, null, null, null, null);

    /** Old shape: no commendation filter. */
    public ExemplarFilter(String search, ExemplarKind kind, Long fieldId, Long unitId, ExemplarStatus status, Integer year) {
        this(search, kind, fieldId, unitId, status, year, null, null);
    }

    /** Exemplars commended with {@code formId} (in {@code inYear}, or any year when null). */
    public ExemplarFilter withCommendation(Long formId, Integer inYear) {
        return new ExemplarFilter(search, kind, fieldId, unitId, status, year, formId, inYear);
    }

    public ExemplarFilter withSearch(String s) {
        return new ExemplarFilter(s, kind, fieldId, unitId, status, year, commendedForm, commendedYear);
    }

    public ExemplarFilter withKind(ExemplarKind k) {
        return new ExemplarFilter(search, k, fieldId, unitId, status, year, commendedForm, commendedYear);
    }

    public ExemplarFilter withField(Long f) {
        return new ExemplarFilter(search, kind, f, unitId, status, year, commendedForm, commendedYear);
    }

    public ExemplarFilter withUnit(Long u) {
        return new ExemplarFilter(search, kind, fieldId, u, status, year, commendedForm, commendedYear);
    }

    public ExemplarFilter withStatus(ExemplarStatus s) {
        return new ExemplarFilter(search, kind, fieldId, unitId, s, year, commendedForm, commendedYear);
    }

    public ExemplarFilter withYear(Integer y) {
        return new ExemplarFilter(search, kind, fieldId, unitId, status, y, commendedForm, commendedYear);
    }
}
