package vn.dienhinh.ui.report;

import java.time.LocalDate;
import java.util.function.Supplier;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.document.CampaignPlanService;
import vn.dienhinh.service.document.ListExportService;
import vn.dienhinh.service.document.QuarterlyReportService;
import vn.dienhinh.service.document.StatisticsService;
import vn.dienhinh.service.document.SummaryReportService;

/** The services the Báo cáo screen exports through, and today's date. */
public record ReportServices(QuarterlyReportService quarterly, CampaignPlanService plans, SummaryReportService summaries,
                             ListExportService lists, StatisticsService statistics, CampaignService campaigns,
                             Supplier<LocalDate> today) {
}
