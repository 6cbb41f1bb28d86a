package vn.dienhinh.model;

/** Who the exemplar is: a person, a collective or a household. */
public enum ExemplarKind {
    INDIVIDUAL, COLLECTIVE, HOUSEHOLD;

    /** Name used on the command line: individual, collective, household. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
