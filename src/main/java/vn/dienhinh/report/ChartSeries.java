package vn.dienhinh.report;

import java.util.List;

/** One series of a column chart: its name in the legend and one value per category. */
public record ChartSeries(String name, List<? extends Number> values) {

    public ChartSeries {
        name = name == null ? "" : name;
        values = List.copyOf(values);
    }
}
