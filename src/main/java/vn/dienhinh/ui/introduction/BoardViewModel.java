package vn.dienhinh.ui.introduction;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.IntroductionService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.TaskRunner;

/** State of the board screen: which campaign, year and quarter, the owing filter, and what was loaded. */
final class BoardViewModel {

    final IntroductionService introductions;
    final CampaignService campaigns;
    final TaskRunner tasks;

    final ObservableList<Choice<Long>> campaignChoices = FXCollections.observableArrayList();
    final ObjectProperty<Choice<Long>> campaign = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>();
    final BooleanProperty yearView = new SimpleBooleanProperty(false);
    final BooleanProperty owingOnly = new SimpleBooleanProperty(false);

    /** The loaded board of the chosen quarter (null until loaded, or without a quota campaign). */
    final ObjectProperty<Board> board = new SimpleObjectProperty<>();
    /** The four boards of the chosen year, for the year view. */
    final ObservableList<Board> yearBoards = FXCollections.observableArrayList();
    final ObservableList<IntroductionRow> quarterIntroductions = FXCollections.observableArrayList();
    private long generation;

    BoardViewModel(IntroductionService introductions, CampaignService campaigns, TaskRunner tasks) {
        this.introductions = introductions;
        this.campaigns = campaigns;
        this.tasks = tasks;
        Quarter now = introductions.currentQuarter();
        year.set(now.year());
        quarter.set(now.quarter());
        campaign.addListener((o, a, b) -> reload());
        year.addListener((o, a, b) -> reload());
        quarter.addListener((o, a, b) -> reload());
        yearView.addListener((o, a, b) -> reload());
    }

    Quarter chosenQuarter() {
        return new Quarter(year.get(), quarter.get());
    }

    /** Reads the quota campaigns again, keeping the chosen one where it still exists. */
    void reloadCampaigns() {
        tasks.run(null, campaigns::quotaCampaigns, list -> {
            Long chosen = campaign.get() == null ? null : campaign.get().value();
            campaignChoices.setAll(list.stream().map(c -> new Choice<>(c.id(), c.name())).toList());
            Choice<Long> again = campaignChoices.stream().filter(c -> c.value().equals(chosen)).findFirst()
                    .orElse(campaignChoices.isEmpty() ? null : campaignChoices.get(0));
            if (again == campaign.get() || (again != null && again.equals(campaign.get()))) {
                reload();
            } else {
                campaign.set(again);
            }
        });
    }

    void reload() {
        long gen = ++generation;
        Long id = campaign.get() == null ? null : campaign.get().value();
        Quarter q = chosenQuarter();
        boolean wholeYear = yearView.get();
        tasks.run(null, () -> new Object[]{
            id == null ? null : introductions.board(id, q),
            id == null || !wholeYear ? List.of() : introductions.yearBoards(id, q.year()),
            introductions.ofQuarter(q)}, r -> {
                if (gen != generation) {
                    return;
                }
                @SuppressWarnings("unchecked")
                List<Board> boards = (List<Board>) r[1];
                @SuppressWarnings("unchecked")
                List<IntroductionRow> rows = (List<IntroductionRow>) r[2];
                yearBoards.setAll(boards);
                quarterIntroductions.setAll(rows);
                board.set((Board) r[0]);
            });
    }
}
