package vn.dienhinh.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * A clustered column chart drawn by Word or LibreOffice from an embedded workbook (POI XDDF), in
 * Times New Roman, legend below, each column labelled with its value. It sits centred in its own
 * paragraph, as wide as the text.
 */
final class DocChart {

    /** Twips to EMU (English Metric Units), the unit of drawings. */
    private static final int EMU_PER_TWIP = 635;
    private static final double HEIGHT_SHARE = 0.55;
    private static final int FONT_SIZE_HUNDREDTHS = 1100;
    /** The labels' number format: positive as it is, nothing for zero. */
    static final String ZERO_HIDDEN = "#,##0;-#,##0;;";
    /** More categories than this: their labels are slanted so they neither wrap nor overlap. */
    private static final int UPRIGHT_LABELS = 6;
    private static final int SLANT = -2_700_000;
    private static final byte[][] GREYS = {rgb(0x40), rgb(0x9A), rgb(0xD9), rgb(0x70), rgb(0xBF)};
    private static final byte[] GRID = rgb(0xBF);

    private DocChart() {
    }

    static void write(XWPFDocument doc, List<String> categories, List<ChartSeries> series, int textWidth) {
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs categories and series");
        }
        XWPFParagraph p = Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 6, 0);
        p.setKeepNext(true);
        int width = textWidth * EMU_PER_TWIP;
        XWPFChart chart;
        try {
            // the run holding the drawing carries the document's font like every other run
            chart = doc.createChart(Docx.run(p, null, DocTable.CELL_SIZE, false, false), width,
                    (int) Math.round(width * HEIGHT_SHARE));
        } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot add a chart part", e);
        }
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(true);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setMinimum(0);
        y.setMajorUnit(majorUnit(series));
        XDDFShapeProperties grid = y.getOrAddMajorGridProperties();
        grid.setLineProperties(line(GRID));
        int n = categories.size();
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories.toArray(new String[0]),
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        for (int s = 0; s < series.size(); s++) {
            ChartSeries cs = series.get(s);
            Number[] values = new Number[n];
            for (int i = 0; i < n; i++) {
                values[i] = i < cs.values().size() ? cs.values().get(i) : 0;
            }
            XDDFNumericalDataSource<Number> data = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, n, s + 1, s + 1)), s + 1);
            XDDFBarChartData.Series bar = (XDDFBarChartData.Series) bars.addSeries(cats, data);
            bar.setTitle(cs.name(), chart.setSheetTitle(cs.name(), s + 1));
            bar.setShapeProperties(fill(GREYS[s % GREYS.length]));
            labelValues(bar.getCTBarSer().isSetDLbls() ? bar.getCTBarSer().getDLbls() : bar.getCTBarSer().addNewDLbls());
        }
        chart.plot(bars);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        font(chart.getCTChartSpace());
        if (n > UPRIGHT_LABELS) {
            slant(chart.getCTChart().getPlotArea().getCatAxArray(0));
        }
    }

    private static byte[] rgb(int grey) {
        return new byte[]{(byte) grey, (byte) grey, (byte) grey};
    }

    /** Whole numbers on the value axis: 1, 2, 5, 10, 20, 50 … so about five lines show. */
    static double majorUnit(List<ChartSeries> series) {
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Number::doubleValue).max().orElse(0);
        double step = 1;
        while (max / step > 6) {
            step = step * (String.valueOf((long) step).startsWith("2") ? 2.5 : 2);
        }
        return step;
    }

    /** Solid grey with a black outline: the chart prints as clearly in black and white as on screen. */
    private static XDDFShapeProperties fill(byte[] rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        p.setLineProperties(line(new byte[]{0, 0, 0}));
        return p;
    }

    private static XDDFLineProperties line(byte[] rgb) {
        XDDFLineProperties l = new XDDFLineProperties();
        l.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        l.setWidth(0.5);
        return l;
    }

    /** Each column's value above it; a zero column has no label (a row of "0 0 0" along the axis says nothing). */
    private static void labelValues(CTDLbls l) {
        var format = l.addNewNumFmt();
        format.setFormatCode(ZERO_HIDDEN);
        format.setSourceLinked(false);
        l.addNewShowLegendKey().setVal(false);
        l.addNewShowVal().setVal(true);
        l.addNewShowCatName().setVal(false);
        l.addNewShowSerName().setVal(false);
        l.addNewShowPercent().setVal(false);
        l.addNewShowBubbleSize().setVal(false);
    }

    /** Category labels at 45 degrees, on one line each. */
    private static void slant(org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx axis) {
        CTTextBody tx = axis.isSetTxPr() ? axis.getTxPr() : axis.addNewTxPr();
        var body = tx.addNewBodyPr();
        body.setRot(SLANT);
        body.setVert(org.openxmlformats.schemas.drawingml.x2006.main.STTextVerticalType.HORZ);
        tx.addNewLstStyle();
        CTTextCharacterProperties def = tx.addNewP().addNewPPr().addNewDefRPr();
        def.setSz(FONT_SIZE_HUNDREDTHS);
        def.addNewLatin().setTypeface(Docx.FONT);
    }

    /** Times New Roman 11 for every text of the chart (axes, labels, legend). */
    private static void font(CTChartSpace space) {
        CTTextBody tx = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
        tx.addNewBodyPr();
        tx.addNewLstStyle();
        CTTextCharacterProperties def = tx.addNewP().addNewPPr().addNewDefRPr();
        def.setSz(FONT_SIZE_HUNDREDTHS);
        def.addNewLatin().setTypeface(Docx.FONT);
        def.addNewCs().setTypeface(Docx.FONT);
        def.addNewEa().setTypeface(Docx.FONT);
    }
}
