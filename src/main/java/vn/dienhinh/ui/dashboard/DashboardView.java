package vn.dienhinh.ui.dashboard;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.DashboardService;
import vn.dienhinh.ui.Navigator;
import vn.dienhinh.ui.Screen;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** Tổng quan: this quarter at a glance. Every figure opens the list behind it. */
public final class DashboardView implements Screen {

    private final DashboardService dashboard;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final VBox root = new VBox(14);
    private final FlowPane tiles = new FlowPane(12, 12);
    private final GridPane charts = new GridPane();
    private final VBox alerts = new VBox(4);
    /** Holds the page: the page alone until the first figures arrive, then a scroll pane around it. */
    private final StackPane view = new StackPane(root);
    private ScrollPane scroll;

    public DashboardView(DashboardService dashboard, TaskRunner tasks, Navigator navigator) {
        this.dashboard = dashboard;
        this.tasks = tasks;
        this.navigator = navigator;
        root.setPadding(new Insets(12, 14, 14, 14));
        Label title = new Label(Messages.get("nav.DASHBOARD"));
        title.getStyleClass().add("title-3");
        charts.setHgap(14);
        charts.setVgap(14);
        Label alertTitle = new Label(Messages.get("dash.alerts"));
        alertTitle.getStyleClass().add("text-bold");
        root.getChildren().addAll(title, tiles, alertTitle, alerts, charts);
        view.setAlignment(Pos.TOP_LEFT);
        refresh();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void refresh() {
        tasks.run(Messages.get("exemplars.loading"), dashboard::load, this::show);
    }

    private void show(DashboardService.Dashboard d) {
        if (scroll == null) {
            // not in the first frame: a scroll pane is one of the costliest controls to style, and an
            // empty page has nothing to scroll
            scroll = new ScrollPane(root);
            scroll.setFitToWidth(true);
            view.getChildren().setAll(scroll);
        }
        tiles.getChildren().setAll(
                tile("dash-exemplars", String.valueOf(d.exemplars()), Messages.get("dash.exemplars"),
                        () -> navigator.exemplars(ExemplarFilter.ALL, null)),
                tile("dash-introduced", String.valueOf(d.introduced()),
                        Messages.get("dash.introduced", d.quarter().toString(), d.introducedBefore()),
                        () -> navigator.board(false)),
                d.board() == null
                        ? tile("dash-owing", "—", Messages.get("dash.noQuota"), () -> navigator.campaign(null))
                        : tile("dash-owing", d.board().owing().size() + "/" + d.board().units().size(),
                        Messages.get("dash.owing", d.boardCampaign()), () -> navigator.board(true)),
                tile("dash-alerts", String.valueOf(d.alerts().size()), Messages.get("dash.alertCount"),
                        () -> navigator.campaign(null)));
        alerts.getChildren().clear();
        if (d.alerts().isEmpty()) {
            Label none = new Label(Messages.get("dash.noAlerts"));
            none.getStyleClass().add("text-muted");
            alerts.getChildren().add(none);
        }
        for (DashboardService.Alert a : d.alerts()) {
            Hyperlink link = new Hyperlink(a.campaign().name() + " — " + CampaignService.describe(a.progress())
                    + " " + Messages.get("dash.endsOn", vn.dienhinh.service.Dates.format(a.progress().phase().end())));
            link.setOnAction(e -> navigator.campaign(a.campaign().id()));
            alerts.getChildren().add(link);
        }
        charts.getChildren().setAll();
        if (d.exemplars() == 0) {
            // empty charts would only show bare axes: say where the registry's first exemplars come from
            Label empty = new Label(Messages.get("dash.emptyRegistry"));
            empty.setId("dash-empty");
            empty.setWrapText(true);
            empty.getStyleClass().add("text-muted");
            charts.add(empty, 0, 0);
            return;
        }
        charts.add(fieldChart(d.byField()), 0, 0, 2, 1);
        charts.add(statusChart(d.byStatus()), 0, 1);
        charts.add(quarterChart(d.perQuarter()), 1, 1);
    }

    private static Node tile(String id, String figure, String caption, Runnable open) {
        Label big = new Label(figure);
        big.getStyleClass().add("title-1");
        Label text = new Label(caption);
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(4, big, text);
        box.setId(id);
        box.setPadding(new Insets(12));
        box.setPrefWidth(228);
        box.setMinHeight(110);
        box.setAlignment(Pos.TOP_LEFT);
        box.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 8; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 8;");
        box.setCursor(Cursor.HAND);
        box.setOnMouseClicked(e -> open.run());
        return box;
    }

    private Node fieldChart(Map<Field, Long> byField) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("dash-fields");
        chart.setTitle(Messages.get("dash.byField"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(330);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        chart.getData().add(s);
        byField.forEach((f, n) -> {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(f.label(), n);
            s.getData().add(bar);
            clickable(bar.getNode(), () -> navigator.exemplars(ExemplarFilter.ALL.withField(f.id()), f.name()));
        });
        GridPane.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private Node statusChart(Map<ExemplarStatus, Long> byStatus) {
        PieChart chart = new PieChart();
        chart.setId("dash-status");
        chart.setTitle(Messages.get("dash.byStatus"));
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        // names and counts in the legend beside the pie: as labels around it they left the pie a few pixels wide
        chart.setLabelsVisible(false);
        chart.setLegendSide(Side.RIGHT);
        byStatus.forEach((s, n) -> {
            if (n > 0) {
                PieChart.Data slice = new PieChart.Data(Messages.of(s) + " (" + n + ")", n);
                chart.getData().add(slice);
                clickable(slice.getNode(), () -> navigator.exemplars(ExemplarFilter.ALL.withStatus(s), null));
            }
        });
        GridPane.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private Node quarterChart(Map<Quarter, Long> perQuarter) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("dash-quarters");
        chart.setTitle(Messages.get("dash.perQuarter"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        chart.getData().add(s);
        perQuarter.forEach((q, n) -> {
            XYChart.Data<String, Number> point = new XYChart.Data<>("Q" + q.quarter() + "/" + (q.year() % 100), n);
            s.getData().add(point);
            clickable(point.getNode(), () -> navigator.board(false));
        });
        GridPane.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private static void clickable(Node n, Runnable open) {
        if (n != null) {
            n.setCursor(Cursor.HAND);
            n.setOnMouseClicked(e -> open.run());
        }
    }
}
