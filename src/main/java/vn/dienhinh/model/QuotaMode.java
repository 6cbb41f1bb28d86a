package vn.dienhinh.model;

/**
 * How many exemplars each responsible unit owes per quarter: none, one per field (seed 000:
 * "01 gương/lĩnh vực/quý"), or one per unit whatever the field.
 */
public enum QuotaMode {
    NONE, PER_FIELD, PER_UNIT
}
