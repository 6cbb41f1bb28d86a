package vn.dienhinh.ui.nomination;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.CouncilMeeting;
import vn.dienhinh.model.CouncilMember;
import vn.dienhinh.model.CouncilThreshold;
import vn.dienhinh.model.CouncilVote;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.service.CouncilService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * Họp Hội đồng: one meeting for the selected approved nomination and any other approved ones ticked; when and
 * where, who chaired and kept the minutes, the members with who was present, the share, and per approved
 * nominee the votes and the conclusion. A nominee whose votes fall below the share is marked and cannot be
 * recommended. Everything is read and saved in the background.
 */
final class CouncilDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** What the dialog is built from, read off the FX thread. */
    private record Data(List<Nomination> nominations, Map<Long, String> titles, Map<Long, List<Voter>> voters,
                        CouncilMeeting existing, CouncilThreshold share, List<CouncilMember> members, LocalDate today,
                        long baseSalary) {
    }

    private record Voter(long nomineeId, String name) {
    }

    /** One row of the vote table. */
    private static final class VoteRow {
        final Voter voter;
        final TextField agree = new TextField();
        final TextField disagree = new TextField();
        final Label share = new Label();
        final Label mark = new Label();
        final CheckBox recommended = new CheckBox(Messages.get("council.ui.recommend"));
        boolean userTouched;

        VoteRow(Voter voter) {
            this.voter = voter;
            agree.setPrefColumnCount(4);
            disagree.setPrefColumnCount(4);
            for (javafx.scene.layout.Region c : new javafx.scene.layout.Region[]{agree, disagree, share, mark, recommended}) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            agree.setId("council-agree-" + voter.nomineeId());
            disagree.setId("council-disagree-" + voter.nomineeId());
            mark.setId("council-mark-" + voter.nomineeId());
            recommended.setId("council-recommend-" + voter.nomineeId());
        }
    }

    /** One row of the members' list. */
    private static final class MemberRow {
        final TextField name = new TextField();
        final TextField position = new TextField();
        final CheckBox present = new CheckBox(Messages.get("council.ui.present"));

        MemberRow(CouncilMember m) {
            name.setText(m == null ? "" : m.name());
            position.setText(m == null ? "" : m.position());
            present.setSelected(m == null || m.present());
            name.setPromptText(Messages.get("council.ui.memberName"));
            position.setPromptText(Messages.get("council.ui.memberPosition"));
        }
    }

    private CouncilDialog() {
    }

    static void open(Dialogs dialogs, TaskRunner tasks, NominationServices s, CouncilService council, Nomination selected,
                     Runnable done) {
        tasks.run(Messages.get("council.ui.loading"), () -> load(s, council, selected),
                data -> show(dialogs, tasks, council, selected, data, done));
    }

    private static Data load(NominationServices s, CouncilService council, Nomination selected) {
        CouncilMeeting existing = council.ofNomination(selected.id());
        Map<Long, String> forms = new java.util.HashMap<>();
        for (AwardForm f : s.awards().forms()) {
            forms.put(f.id(), f.name());
        }
        List<Nomination> open = new ArrayList<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, List<Voter>> voters = new LinkedHashMap<>();
        for (Nomination n : s.nominations().all()) {
            if (n.status() != NominationStatus.APPROVED) {
                continue;
            }
            CouncilMeeting m = council.ofNomination(n.id());
            if (m != null && (existing == null || !m.id().equals(existing.id()))) {
                continue;
            }
            open.add(n);
            titles.put(n.id(), Messages.get("council.ui.nomination", n.id(), forms.getOrDefault(n.formId(), ""),
                    n.title() == null ? "" : n.title()));
            List<Voter> vs = new ArrayList<>();
            for (Nominee ne : council.voters(List.of(n.id()), existing == null ? null : existing.id())) {
                vs.add(new Voter(ne.id(), council.name(ne.exemplarId())));
            }
            voters.put(n.id(), vs);
        }
        List<CouncilMember> members = existing != null ? existing.members() : council.lastMembers();
        CouncilThreshold share = existing != null ? existing.threshold() : council.settings().threshold();
        return new Data(open, titles, voters, existing, share, members, s.registry().today(),
                council.settings().baseSalary());
    }

    private static void show(Dialogs dialogs, TaskRunner tasks, CouncilService council, Nomination selected, Data data,
                             Runnable done) {
        CouncilMeeting ex = data.existing();
        // which nominations
        VBox which = new VBox(4);
        Map<Long, CheckBox> picks = new LinkedHashMap<>();
        for (Nomination n : data.nominations()) {
            CheckBox c = new CheckBox(data.titles().get(n.id()));
            c.setId("council-nomination-" + n.id());
            c.setSelected(n.id().equals(selected.id()) || (ex != null && ex.nominationIds().contains(n.id())));
            c.setDisable(n.id().equals(selected.id()));
            picks.put(n.id(), c);
            which.getChildren().add(c);
        }
        // when, where, who
        TextField date = new TextField(Dates.format(ex == null ? data.today() : ex.heldAt().toLocalDate()));
        TextField time = new TextField(ex == null ? "8:00" : TIME.format(ex.heldAt().toLocalTime()));
        date.setId("council-date");
        time.setId("council-time");
        time.setPrefColumnCount(5);
        TextField place = new TextField(ex == null ? "" : ex.place());
        TextField chair = new TextField(ex == null ? "" : ex.chair());
        TextField secretary = new TextField(ex == null ? "" : ex.secretary());
        place.setId("council-place");
        chair.setId("council-chair");
        secretary.setId("council-secretary");
        // members
        VBox memberBox = new VBox(4);
        List<MemberRow> members = new ArrayList<>();
        Label presentCount = new Label();
        presentCount.setId("council-present-count");
        // share
        TextField num = new TextField(String.valueOf(data.share().numerator()));
        TextField den = new TextField(String.valueOf(data.share().denominator()));
        num.setPrefColumnCount(4);
        den.setPrefColumnCount(4);
        num.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        den.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        CheckBox ofPresent = new CheckBox(Messages.get("council.ui.ofPresent"));
        ofPresent.setSelected(data.share().ofPresent());
        CheckBox keepShare = new CheckBox(Messages.get("council.ui.keepShare"));
        TextField baseSalary = new TextField(data.baseSalary() == 0 ? "" : String.valueOf(data.baseSalary()));
        baseSalary.setId("council-base-salary");
        baseSalary.setPromptText(Messages.get("council.ui.baseSalaryPrompt"));
        // votes
        GridPane voteGrid = new GridPane();
        voteGrid.setHgap(8);
        voteGrid.setVgap(4);
        List<VoteRow> votes = new ArrayList<>();

        Runnable recount = () -> {
            int present = (int) members.stream().filter(m -> m.present.isSelected() && !m.name.getText().isBlank())
                    .count();
            int total = (int) members.stream().filter(m -> !m.name.getText().isBlank()).count();
            presentCount.setText(Messages.get("council.ui.presentCount", present, total));
            CouncilThreshold share = share(num, den, ofPresent);
            for (VoteRow r : votes) {
                Integer a = number(r.agree.getText());
                if (share == null || a == null) {
                    r.share.setText("");
                    r.mark.setText("");
                    r.mark.getStyleClass().remove("danger");
                    continue;
                }
                boolean passes = share.passes(a, present, total);
                r.share.setText(String.format(Messages.LOCALE, "%.1f%%", share.percent(a, present, total)));
                r.mark.setText(Messages.get(passes ? "council.doc.passed" : "council.ui.below", share.share()));
                if (passes) {
                    r.mark.getStyleClass().remove("danger");
                } else if (!r.mark.getStyleClass().contains("danger")) {
                    r.mark.getStyleClass().add("danger");
                }
                r.recommended.setDisable(!passes);
                if (!passes) {
                    r.recommended.setSelected(false);
                } else if (!r.userTouched) {
                    r.recommended.setSelected(true);
                }
            }
        };

        java.util.function.Consumer<CouncilMember> memberAdder = m -> {
            MemberRow r = new MemberRow(m);
            int i = members.size();
            r.name.setId("council-member-name-" + i);
            r.position.setId("council-member-position-" + i);
            r.present.setId("council-member-present-" + i);
            members.add(r);
            HBox line = new HBox(6, r.name, r.position, r.present);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            r.present.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.HBox.setHgrow(r.position, javafx.scene.layout.Priority.ALWAYS);
            r.name.setPrefColumnCount(14);
            r.position.setPrefColumnCount(22);
            memberBox.getChildren().add(line);
            r.present.selectedProperty().addListener((o, a, b) -> recount.run());
            r.name.textProperty().addListener((o, a, b) -> recount.run());
        };
        data.members().forEach(memberAdder);
        if (members.isEmpty()) {
            memberAdder.accept(null);
        }
        Button more = new Button(Messages.get("council.ui.addMember"));
        more.setId("council-add-member");
        more.setOnAction(e -> memberAdder.accept(null));

        Runnable rebuildVotes = () -> {
            Map<Long, String[]> kept = new java.util.HashMap<>();
            for (VoteRow r : votes) {
                kept.put(r.voter.nomineeId(), new String[]{r.agree.getText(), r.disagree.getText()});
            }
            votes.clear();
            voteGrid.getChildren().clear();
            voteGrid.addRow(0, bold("council.doc.colNominee"), bold("council.doc.colAgree"), bold("council.doc.colDisagree"),
                    bold("council.doc.colShare"), bold("council.doc.colResult"), new Label());
            int row = 1;
            for (Map.Entry<Long, CheckBox> p : picks.entrySet()) {
                if (!p.getValue().isSelected()) {
                    continue;
                }
                for (Voter v : data.voters().getOrDefault(p.getKey(), List.of())) {
                    VoteRow r = new VoteRow(v);
                    CouncilVote before = ex == null ? null : ex.vote(v.nomineeId());
                    String[] k = kept.get(v.nomineeId());
                    r.agree.setText(k != null ? k[0] : before == null ? "" : String.valueOf(before.agree()));
                    r.disagree.setText(k != null ? k[1] : before == null ? "" : String.valueOf(before.disagree()));
                    if (before != null) {
                        r.recommended.setSelected(before.recommended());
                        r.userTouched = true;
                    }
                    r.agree.textProperty().addListener((o, a, b) -> recount.run());
                    r.recommended.setOnAction(e -> r.userTouched = true);
                    votes.add(r);
                    voteGrid.addRow(row++, new Label(v.name()), r.agree, r.disagree, r.share, r.mark, r.recommended);
                }
            }
            recount.run();
        };
        picks.values().forEach(c -> c.selectedProperty().addListener((o, a, b) -> rebuildVotes.run()));
        num.textProperty().addListener((o, a, b) -> recount.run());
        den.textProperty().addListener((o, a, b) -> recount.run());
        ofPresent.selectedProperty().addListener((o, a, b) -> recount.run());
        rebuildVotes.run();

        GridPane head = new GridPane();
        head.setHgap(10);
        head.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(170);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        head.getColumnConstraints().addAll(labels, inputs);
        head.addRow(0, new Label(Messages.get("council.ui.when")), new HBox(6, date, time));
        head.addRow(1, new Label(Messages.get("council.ui.place")), place);
        head.addRow(2, new Label(Messages.get("council.ui.chair")), chair);
        head.addRow(3, new Label(Messages.get("council.ui.secretary")), secretary);
        HBox fraction = new HBox(6, num, new Label("/"), den);
        fraction.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        head.addRow(4, new Label(Messages.get("council.ui.share")), new VBox(4, fraction, ofPresent, keepShare));
        head.addRow(5, new Label(Messages.get("council.ui.baseSalary")), baseSalary);
        VBox content = new VBox(8, bold("council.ui.nominations"), which, head, bold("council.ui.members"), memberBox,
                new HBox(10, more, presentCount), bold("council.ui.votes"), voteGrid);
        content.setPadding(new Insets(8));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(820);

        SmallForm.showDialog(dialogs, tasks, Messages.get("council.ui.title"), Messages.get("nomination.number",
                selected.id()), scroll, 860, new SimpleBooleanProperty(false), () -> {
                    CouncilThreshold share = share(num, den, ofPresent);
                    if (share == null) {
                        throw new UserException("council.badShare", num.getText(), den.getText());
                    }
                    String salaryText = baseSalary.getText().replaceAll("[.,\\s]", "");
                    long salary;
                    try {
                        salary = salaryText.isEmpty() ? 0 : Long.parseLong(salaryText);
                    } catch (NumberFormatException e) {
                        throw new UserException(e, "council.badBaseSalary", baseSalary.getText());
                    }
                    LocalDate day = Dates.parse(date.getText())
                            .orElseThrow(() -> new UserException("valid.date", date.getText()));
                    LocalTime at;
                    try {
                        at = LocalTime.parse(time.getText().strip(), TIME);
                    } catch (DateTimeParseException e) {
                        throw new UserException(e, "council.ui.badTime", time.getText());
                    }
                    List<CouncilMember> ms = new ArrayList<>();
                    for (MemberRow r : members) {
                        if (!r.name.getText().isBlank() || !r.position.getText().isBlank()) {
                            ms.add(new CouncilMember(r.name.getText(), r.position.getText(), r.present.isSelected()));
                        }
                    }
                    List<CouncilVote> vs = new ArrayList<>();
                    for (VoteRow r : votes) {
                        Integer a = number(r.agree.getText());
                        Integer d = number(r.disagree.getText().isBlank() ? "0" : r.disagree.getText());
                        if (a == null || d == null) {
                            throw new UserException("council.ui.badVotes", r.voter.name());
                        }
                        vs.add(new CouncilVote(r.voter.nomineeId(), a, d, r.recommended.isSelected(), null));
                    }
                    List<Long> ids = picks.entrySet().stream().filter(p -> p.getValue().isSelected())
                            .map(Map.Entry::getKey).toList();
                    CouncilMeeting saved = council.hold(new CouncilMeeting(ex == null ? null : ex.id(), day.atTime(at),
                            place.getText(), chair.getText(), secretary.getText(), ex == null ? null : ex.content(),
                            share, ids, ms, vs));
                    CouncilThreshold kept = keepShare.isSelected() ? share : council.settings().threshold();
                    if (keepShare.isSelected() || salary != data.baseSalary()) {
                        council.saveSettings(kept.numerator(), kept.denominator(), kept.ofPresent(), salary);
                    }
                    return saved;
                }, x -> done.run());
    }

    private static Label bold(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("text-bold");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static CouncilThreshold share(TextField num, TextField den, CheckBox ofPresent) {
        Integer n = number(num.getText());
        Integer d = number(den.getText());
        if (n == null || d == null || n < 1 || d < 1 || n > d) {
            return null;
        }
        return new CouncilThreshold(n, d, ofPresent.isSelected());
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
