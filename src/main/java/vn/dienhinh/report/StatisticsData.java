package vn.dienhinh.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The year's figures of emulation and commendation work for the statistical report: the campaigns by
 * kind, the commendations by level and form split by whom they went to.
 *
 * @param year      the reporting year
 * @param from      first day of the reporting period
 * @param to        its last day
 * @param asOf      the last day counted (the period's end, or the report's day when earlier)
 * @param campaigns one row per kind of campaign
 * @param awards    one row per level and form that has commendations in the period, highest level first
 */
public record StatisticsData(int year, LocalDate from, LocalDate to, LocalDate asOf, List<CampaignRow> campaigns,
                             List<AwardRow> awards) {

    public StatisticsData {
        campaigns = List.copyOf(campaigns);
        awards = List.copyOf(awards);
    }

    /** Campaigns of a kind: launched in the period, in force during it, reviewed (sơ kết or tổng kết) in it. */
    public record CampaignRow(String kind, int launched, int inForce, int reviewed) {
    }

    /** Commendations of one form at one level in the period. */
    public record AwardRow(String level, String form, int collectives, int individuals, int households) {
        public int total() {
            return collectives + individuals + households;
        }
    }

    public boolean partial() {
        return asOf.isBefore(to);
    }
}
