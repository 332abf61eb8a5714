package pbi.app.gui.main;

import static pbi.app.gui.common.FxWaits.waitUntil;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Picks a zone in the main window's map/zone tree the way a user does, for the window tests. */
final class ZoneTree {

    private ZoneTree() {
    }

    /**
     * Waits for the tree to fill (the zone counts come from the database), opens every map, clicks the zone and waits
     * until the row count starts with {@code rowCount}, for example "2 bots ".
     */
    static void choose(FxRobot robot, long mapId, long zoneId, String rowCount) throws TimeoutException {
        waitUntil(() -> {
            TreeView<?> tree = robot.lookup("#zone-tree").queryAs(TreeView.class);
            return tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty();
        });
        robot.interact(() -> {
            TreeView<?> tree = robot.lookup("#zone-tree").queryAs(TreeView.class);
            for (TreeItem<?> map : tree.getRoot().getChildren()) {
                map.setExpanded(true);
            }
        });
        String zone = "#zone-" + mapId + "-" + zoneId;
        waitUntil(() -> robot.lookup(zone).tryQuery().isPresent());
        robot.clickOn(zone);
        waitUntil(() -> robot.lookup("#row-count").queryAs(Label.class).getText().startsWith(rowCount));
    }
}
