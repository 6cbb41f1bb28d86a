package vn.dienhinh.model;

import java.time.LocalDate;

/**
 * Unit U introduced exemplar E for field F in quarter Q of year Y, received on a date. A withdrawn
 * introduction stays on record but no longer counts.
 */
public record Introduction(Long id, long unitId, long exemplarId, Long fieldId, Long campaignId, Quarter quarter,
                           LocalDate receivedOn, LocalDate withdrawnOn, String withdrawnReason, String note) {

    public boolean withdrawn() {
        return withdrawnOn != null;
    }
}
