package pbi.app.gui.main;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The status bar's part for the read replica: the lag, and over the limit the offer to read from the primary. */
final class ReplicaLagBar {

    private ReplicaLagBar() {
    }

    static Node of(ReplicaLagViewModel vm) {
        Label lag = new Label();
        lag.setId("replica-lag");
        lag.textProperty().bind(vm.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> vm.warningProperty().get().isEmpty()
                ? "Browsing, the map, exports and doctor scans read from the replica; edits and saves use the primary."
                : vm.warningProperty().get(), vm.warningProperty()));
        lag.setTooltip(tip);
        vm.overProperty().addListener((o, was, now) -> {
            if (now) {
                lag.getStyleClass().add("replica-behind");
            } else {
                lag.getStyleClass().remove("replica-behind");
            }
        });
        Button toPrimary = new Button("Read from primary");
        toPrimary.setId("read-from-primary");
        toPrimary.setTooltip(new Tooltip("For this session, read lists, maps, exports and scans from the primary"));
        toPrimary.setOnAction(e -> vm.readFromPrimary());
        bindShown(toPrimary, vm.overProperty().and(vm.readingFromPrimaryProperty().not()));
        Button toReplica = new Button("Read from replica");
        toReplica.setId("read-from-replica");
        toReplica.setTooltip(new Tooltip("Read from the replica again"));
        toReplica.setOnAction(e -> vm.readFromReplica());
        bindShown(toReplica, vm.readingFromPrimaryProperty());
        HBox box = new HBox(6, lag, toPrimary, toReplica);
        box.setAlignment(Pos.CENTER_LEFT);
        bindShown(box, vm.shownProperty());
        return box;
    }

    private static void bindShown(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}
