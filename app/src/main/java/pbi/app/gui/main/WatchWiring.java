package pbi.app.gui.main;

import java.math.BigInteger;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import pbi.app.gui.common.FxTaskRunner;
import pbi.app.gui.watch.WatchBanners;
import pbi.app.gui.watch.WatchSettings;
import pbi.app.gui.watch.WatchViewModel;
import pbi.app.gui.watch.WriteAccessViewModel;
import pbi.dao.db.Grants;
import pbi.dao.domain.BotRow;
import pbi.dao.domain.BotState;
import pbi.dao.service.BotWatch;

/**
 * Wires the read-only mode and the live watch into the main window: the banners, the title, the write actions
 * that go off, and the poller thread, which stops when the window is hidden.
 */
public final class WatchWiring {

    private final WatchViewModel watch;
    private final WriteAccessViewModel access;

    private WatchWiring(WatchViewModel watch, WriteAccessViewModel access) {
        this.watch = watch;
        this.access = access;
    }

    /**
     * @param forcedReadOnly {@code gui --read-only}: read-only whatever the window connects to
     * @param interval how often the open bot is polled; zero turns the watch off
     */
    public static WatchWiring install(Stage stage, MainView view, MainViewModel model, FxTaskRunner runner,
            boolean forcedReadOnly, Duration interval) {
        WriteAccessViewModel access = new WriteAccessViewModel(runner, forcedReadOnly);
        WatchViewModel watch = new WatchViewModel(runner);
        var editor = model.editor();

        access.reasonProperty().addListener((o, was, reason) -> {
            editor.setReadOnly(reason);
            if (reason != null) {
                model.statusProperty().set(reason);
            }
        });
        for (MenuItem item : view.fileMenu().getItems()) {
            if ("menu-import".equals(item.getId())) {
                item.disableProperty().bind(access.reasonProperty().isNotNull());
            }
        }
        view.addBanner(WatchBanners.readOnly(access.reasonProperty()));
        view.addBanner(WatchBanners.note("grants-note", access.noteProperty()));
        view.addBanner(WatchBanners.note("watch-problem", watch.problemProperty()));
        view.addEditorBanner(WatchBanners.changed(watch, editor::refresh));

        model.sessionProperty().addListener((o, was, session) -> {
            watch.use(session == null ? null : new BotWatch(session.database()));
            if (session != null) {
                access.check(session.database().settings(), () -> Grants.check(session.database()));
            }
        });
        editor.loadedProperty().addListener((o, was, bot) -> watch.watch(bot));
        watch.setRowsRead(states -> refreshRows(view, model, states));
        ObservableList<BotRow> rows = model.browse().rows();
        rows.addListener((javafx.collections.ListChangeListener<BotRow>) c -> watch.showRows(
                rows.stream().map(BotRow::botGuid).toList()));

        Duration every = interval.isZero() ? WatchSettings.DEFAULT : interval;
        CheckMenuItem toggle = new CheckMenuItem("Watch the open bot for changes (every " + seconds(every) + ")");
        toggle.setId("menu-watch");
        toggle.setSelected(!interval.isZero());
        watch.setEnabled(!interval.isZero());
        toggle.selectedProperty().addListener((o, was, on) -> watch.setEnabled(on));
        view.toolsMenu().getItems().add(toggle);

        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "live-watch");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                watch.poll();
            } catch (RuntimeException e) {
                // poll() reports its own failures; anything else must not end the schedule.
                org.slf4j.LoggerFactory.getLogger(WatchWiring.class).warn("Live watch poll failed", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> poller.shutdownNow());
        return new WatchWiring(watch, access);
    }

    /** Table rows take the values the watch just read; the open bot's row stays selected. */
    private static void refreshRows(MainView view, MainViewModel model, List<BotState> states) {
        ObservableList<BotRow> rows = model.browse().rows();
        Map<BigInteger, BotState> byGuid = new HashMap<>();
        states.forEach(s -> byGuid.put(s.botGuid(), s));
        var open = model.editor().loadedProperty().get();
        boolean reselect = false;
        for (int i = 0; i < rows.size(); i++) {
            BotRow row = rows.get(i);
            BotState state = byGuid.get(row.botGuid());
            if (state == null) {
                continue;
            }
            BotRow fresh = new BotRow(row.botGuid(), row.name(), row.race(), row.characterClass(), row.online(),
                    state.level(), state.goldCopper(), state.health(), state.mana(), state.mapId(), state.zoneId(),
                    state.lastUpdated());
            if (!fresh.equals(row)) {
                rows.set(i, fresh);
                reselect |= open != null && open.guid().equals(row.botGuid());
            }
        }
        if (reselect) {
            view.selectRow(open.guid());
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    public WatchViewModel watch() {
        return watch;
    }

    public WriteAccessViewModel access() {
        return access;
    }
}
