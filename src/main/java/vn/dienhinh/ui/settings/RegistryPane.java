package vn.dienhinh.ui.settings;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.Officer;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The registry part of Cài đặt: which registry is open and who is signed in, the choice of the registry
 * to open next time (the workstation's own file, or the office's shared registry on its PostgreSQL
 * server), and, for the office's officer of a shared registry, the officers who may use it.
 */
public final class RegistryPane {

    private final VBox root;
    private final TextField urlField = new TextField();
    private final Label nextLabel = new Label();
    private final Consumer<String> choose;
    private final Dialogs dialogs;

    /**
     * @param chosen the shared registry chosen for the next start, if any
     * @param choose keeps the choice (a URL, or null for the file); refuses a malformed URL with a UserException
     * @param manageUsers opens the officers' list; null when this officer may not manage them
     */
    public RegistryPane(String registryName, Officer officer, boolean shared, Optional<String> chosen,
                        Consumer<String> choose, Runnable manageUsers, Dialogs dialogs) {
        this.choose = choose;
        this.dialogs = dialogs;
        Label title = new Label(Messages.get("settings.registry"));
        title.getStyleClass().add("title-4");
        Label open = new Label(shared
                ? Messages.get("settings.registry.shared", registryName, officer.fullName(), officer.login(),
                        Messages.of(officer.role()))
                : Messages.get("settings.registry.file", registryName));
        open.setId("registryOpen");
        open.setWrapText(true);
        Label explain = new Label(Messages.get("settings.registry.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        urlField.setId("registryUrl");
        urlField.setPromptText("jdbc:postgresql://may-chu/dienhinh");
        urlField.setText(chosen.orElse(""));
        HBox.setHgrow(urlField, Priority.ALWAYS);
        Button useServer = new Button(Messages.get("settings.registry.useServer"));
        useServer.setId("useServerButton");
        useServer.setOnAction(e -> keep(urlField.getText().strip()));
        Button useFile = new Button(Messages.get("settings.registry.useFile"));
        useFile.setId("useFileButton");
        useFile.setOnAction(e -> keep(null));
        nextLabel.setId("registryNext");
        nextLabel.setWrapText(true);
        showNext(chosen.orElse(null));
        root = new VBox(8, new Separator(), title, open, explain, new HBox(8, urlField, useServer), useFile, nextLabel);
        if (manageUsers != null) {
            Button users = new Button(Messages.get("settings.registry.users"));
            users.setId("manageUsersButton");
            users.setOnAction(e -> manageUsers.run());
            root.getChildren().add(users);
        }
        root.setPadding(new Insets(6, 14, 6, 14));
    }

    public Node view() {
        return root;
    }

    private void keep(String url) {
        if (url != null && url.isEmpty()) {
            dialogs.error(Messages.get("settings.registry.noUrl"));
            return;
        }
        try {
            choose.accept(url);
        } catch (UserException e) {
            dialogs.error(e.getMessage());
            return;
        }
        if (url == null) {
            urlField.clear();
        }
        showNext(url);
    }

    private void showNext(String url) {
        nextLabel.setText(url == null ? Messages.get("settings.registry.nextFile")
                : Messages.get("settings.registry.nextServer", url));
    }
}
