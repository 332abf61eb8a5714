package pbi.app.gui.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import pbi.app.gui.common.WindowSizes;
import pbi.dao.audit.AuditChange;
import pbi.dao.audit.AuditRecord;

/** The audit window: filters on top, the records in a table, the selected record's changes below it. */
public final class AuditView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Stage stage = new Stage();

    AuditView(AuditViewModel vm, Stage owner) {
        stage.initOwner(owner);
        stage.setTitle("Audit — who changed which bot");

        TextField bot = field("audit-bot", "bot guid", 120);
        bot.textProperty().bindBidirectional(vm.botProperty());
        TextField user = field("audit-user", "OS or database user", 160);
        user.textProperty().bindBidirectional(vm.userProperty());
        TextField since = field("audit-since", "7d, 2h or 2026-12-02", 170);
        since.textProperty().bindBidirectional(vm.sinceProperty());
        ChoiceBox<AuditViewModel.Source> source = new ChoiceBox<>();
        source.setId("audit-source");
        source.getItems().setAll(AuditViewModel.Source.values());
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        Button show = new Button("Show");
        show.setId("audit-refresh");
        show.setDefaultButton(true);
        show.disableProperty().bind(vm.busyProperty());
        show.setOnAction(e -> vm.refresh());
        HBox filters = new HBox(8, new Label("Bot"), bot, new Label("User"), user, new Label("Since"), since,
                new Label("From"), source, show);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditRecord> records = new TableView<>(vm.records());
        records.setId("audit-records");
        records.setPlaceholder(new Label("No records match. Every save, delete, import, doctor fix, bulk edit and"
                + " restore from this tool is recorded here."));
        records.getColumns().setAll(List.of(
                column("When", 190, r -> TIME.format(r.time())),
                column("Action", 90, AuditRecord::action),
                column("Bot", 90, r -> r.bot().toString()),
                column("OS user", 110, AuditRecord::osUser),
                column("Database user", 110, AuditRecord::dbUser),
                column("Server / database", 200, r -> r.server() + "/" + r.database()),
                column("Changes", 70, r -> String.valueOf(r.changes().size() + r.moreChanges())),
                column("Tool", 100, AuditRecord::version)));
        records.getSelectionModel().selectedItemProperty().addListener((o, old, r) -> vm.selectedProperty().set(r));

        TableView<AuditChange> changes = new TableView<>(vm.changes());
        changes.setId("audit-changes");
        changes.setPlaceholder(new Label("Select a record to see its changes, before → after."));
        changes.getColumns().setAll(List.of(
                column("Where", 220, AuditChange::where),
                column("Field", 140, c -> c.field() == null ? "" : c.field()),
                column("Before", 220, c -> c.before() == null ? "(none)" : c.before()),
                column("After", 220, c -> c.after() == null ? "(none)" : c.after())));

        SplitPane split = new SplitPane(records, changes);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        Label status = new Label();
        status.setId("audit-status");
        status.textProperty().bind(vm.statusProperty());
        VBox root = new VBox(8, filters, split, status);
        root.setId("audit-root");
        root.setPadding(new Insets(10));
        VBox.setVgrow(split, Priority.ALWAYS);
        Scene scene = new Scene(root);
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        WindowSizes.fit(stage, 1100, 700, 760, 480);
    }

    private static TextField field(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : value.apply(d.getValue())));
        return c;
    }

    /**
     * Tools → Audit… (the window, built on first use, read again each time it opens) and Tools → Also keep the
     * audit on the server… (a confirmation first).
     */
    public static List<MenuItem> menuItems(AuditViewModel vm, Stage owner) {
        MenuItem open = new MenuItem("_Audit…");
        open.setId("menu-audit");
        AuditView[] view = new AuditView[1];
        open.setOnAction(e -> {
            if (view[0] == null) {
                view[0] = new AuditView(vm, owner);
            }
            view[0].stage.show();
            view[0].stage.toFront();
            vm.refresh();
        });
        MenuItem server = new MenuItem("Also keep the audit on the server…");
        server.setId("menu-audit-server");
        server.setOnAction(e -> vm.keepOnServer());
        return List.of(open, server);
    }
}
