package pbi.app.gui.map;

import java.math.BigInteger;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import pbi.app.gui.common.TaskRunner;
import pbi.app.map.MapRequests;
import pbi.app.map.MapScene;
import pbi.app.map.SceneBuilder;
import pbi.app.map.SceneInput;
import pbi.dao.domain.Limits;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.MapDot;
import pbi.dao.geo.MapPicture;
import pbi.dao.geo.MapQuery;
import pbi.dao.geo.StrayBots;
import pbi.dao.geo.Viewport;
import pbi.dao.geo.ZoneRect;
import pbi.dao.service.MapService;

/**
 * The map: which map and zone, where the view is, what the database said about the bots in it, and what the mouse
 * is doing. Every change ends in a new {@link MapScene} that the view only paints. Database work goes through the
 * {@link TaskRunner}; while one read runs, further view changes wait and only the latest is read next.
 *
 * <p>Use: {@link #connect} a service, {@link #show} a map or zone, {@link #setSelected} the table's bot; listen with
 * {@link #setOnBotClicked} and {@link #setOnBotMoved}; call {@link #refresh} after a save.
 */
public final class MapViewModel {

    /** A bot dropped at world (x, y), in the zone whose rectangle holds that point (null when none does). */
    public record BotMove(BigInteger botGuid, double x, double y, Long zoneId) {
    }

    /** Pixels the mouse may move between press and release and still count as a click. */
    private static final double CLICK_SLOP = 3;

    private final TaskRunner runner;
    private final Limits limits;
    private final Atlas atlas;
    private final Pointer pointer = new Pointer(this);
    private Supplier<MapService> service = () -> null;
    private final ReadOnlyObjectWrapper<MapScene> scene = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    private long mapId;
    private Long zoneId;
    private Viewport viewport = new Viewport(0, 0, 20, 800, 600);
    private boolean framed;
    /** Nothing is read before the first {@link #show}. */
    private boolean shown;
    private MapPicture picture;
    private StrayBots strays = StrayBots.NONE;
    private BigInteger selected;
    private MapDot selectedDot;
    private BigInteger hovered;
    private SceneInput.Drag drag;
    private String status;
    private boolean characters;
    private boolean reading;
    /** The strays are read after the picture: both scan the map, and the picture is what the user waits for. */
    private boolean straysStale;
    private boolean readAgain;
    private long generation;
    private Consumer<BigInteger> onBotClicked = guid -> { };
    private Consumer<BotMove> onBotMoved = move -> { };

    public MapViewModel(TaskRunner runner, Limits limits, Atlas atlas) {
        this.runner = runner;
        this.limits = limits;
        this.atlas = atlas;
        rebuild();
    }

    /** Where the bots come from; asked at each read, so that a new connection takes effect. */
    public void connect(Supplier<MapService> service) {
        this.service = service;
        characters = false;
        picture = null;
        strays = StrayBots.NONE;
        if (shown) {
            refresh();
        }
    }

    /** Shows a map, framing the zone when one is given (or the whole map). */
    public void show(long mapId, Long zoneId) {
        boolean sameMap = shown && this.mapId == mapId && picture != null;
        shown = true;
        this.mapId = mapId;
        this.zoneId = zoneId;
        drag = null;
        hovered = null;
        if (!sameMap) {
            picture = null;
        }
        straysStale = true;
        fit();
    }

    /** Frames the zone in focus, or the whole map. */
    public void fit() {
        framed = true;
        viewport = MapRequests.fit(atlas, limits, mapId, zoneId, viewport.width(), viewport.height());
        viewChanged();
    }

    /** Reads everything again: after a save, or on a new connection. */
    public void refresh() {
        drag = null;
        MapService s = service.get();
        if (s != null) {
            s.forget(mapId);
        }
        straysStale = true;
        readSelected();
        viewChanged();
    }

    /** Highlights the table's bot; null clears. */
    public void setSelected(BigInteger guid) {
        if (Objects.equals(guid, selected)) {
            return;
        }
        selected = guid;
        selectedDot = null;
        drag = null;
        readSelected();
        rebuild();
    }

    public void setOnBotClicked(Consumer<BigInteger> onBotClicked) {
        this.onBotClicked = Objects.requireNonNull(onBotClicked);
    }

    public void setOnBotMoved(Consumer<BotMove> onBotMoved) {
        this.onBotMoved = Objects.requireNonNull(onBotMoved);
    }

    public ReadOnlyObjectProperty<MapScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public Viewport viewport() {
        return viewport;
    }

    public MapPicture picture() {
        return picture;
    }

    public BigInteger selected() {
        return selected;
    }

    public long mapId() {
        return mapId;
    }

    public Long zoneId() {
        return zoneId;
    }

    /** Mouse and keyboard gestures, in screen pixels of the map. */
    public Pointer pointer() {
        return pointer;
    }

    public void resize(double width, double height) {
        if (width < 1 || height < 1 || (width == viewport.width() && height == viewport.height())) {
            return;
        }
        // Until the user zooms or pans, a new size frames the zone again rather than cropping it.
        if (framed) {
            viewport = MapRequests.fit(atlas, limits, mapId, zoneId, width, height);
        } else {
            viewport = viewport.resize(width, height);
        }
        viewChanged();
    }

    public void zoom(double factor, double sx, double sy) {
        viewport = viewport.zoom(factor, sx, sy);
        framed = false;
        viewChanged();
    }

    /** Moves the view while the mouse drags; reads when the drag ends ({@link #settle}). */
    void panBy(double dx, double dy) {
        viewport = viewport.pan(dx, dy);
        framed = false;
        rebuild();
    }

    void settle() {
        viewChanged();
    }

    /** The bot drawn under a screen point, topmost first, or null. */
    public BigInteger botAt(double sx, double sy) {
        MapScene current = scene.get();
        if (current == null) {
            return null;
        }
        var hits = current.hits();
        for (int i = hits.size() - 1; i >= 0; i--) {
            MapScene.Hit h = hits.get(i);
            if (Math.hypot(h.x() - sx, h.y() - sy) <= h.radius() + CLICK_SLOP) {
                return h.botGuid();
            }
        }
        return null;
    }

    void hover(BigInteger guid) {
        if (!Objects.equals(guid, hovered)) {
            hovered = guid;
            rebuild();
        }
    }

    void click(BigInteger guid) {
        setSelected(guid);
        onBotClicked.accept(guid);
    }

    void dragTo(BigInteger guid, double sx, double sy) {
        drag = new SceneInput.Drag(guid, viewport.worldX(sy), viewport.worldY(sx));
        rebuild();
    }

    /** Ends a drag by moving the bot where it was dropped. */
    void drop() {
        SceneInput.Drag d = drag;
        if (d != null) {
            onBotMoved.accept(new BotMove(d.botGuid(), d.x(), d.y(), zoneAt(d.x(), d.y())));
        }
    }

    /**
     * Draws the selected bot at a position edited elsewhere (the State form) but not saved yet; null clears. Unlike a
     * drop it reports nothing back.
     */
    public void showPending(Double x, Double y) {
        SceneInput.Drag next = x == null || y == null || selected == null ? null
                : new SceneInput.Drag(selected, x, y);
        if (!Objects.equals(next, drag) && !pointer.isDragging()) {
            drag = next;
            rebuild();
        }
    }

    /** Escape: the bot stays where it was. */
    public void cancelDrag() {
        if (drag != null) {
            drag = null;
            rebuild();
        }
    }

    public boolean isDragging() {
        return drag != null && pointer.isDragging();
    }

    /** "Move here" from the context menu: the selected bot goes to the point under the mouse. */
    public void moveSelectedTo(double sx, double sy) {
        if (selected == null) {
            return;
        }
        double x = viewport.worldX(sy);
        double y = viewport.worldY(sx);
        drag = new SceneInput.Drag(selected, x, y);
        rebuild();
        onBotMoved.accept(new BotMove(selected, x, y, zoneAt(x, y)));
    }

    public boolean canMove() {
        return selected != null;
    }

    private Long zoneAt(double x, double y) {
        return atlas.zoneAt(mapId, x, y).map(ZoneRect::zoneId).orElse(null);
    }

    private void viewChanged() {
        rebuild();
        read();
    }

    /** Reads the bots of the current view; a change while a read runs is read right after it, once. */
    private void read() {
        MapService s = service.get();
        if (s == null || !shown) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        loading.set(true);
        long asked = ++generation;
        MapQuery query = MapRequests.query(mapId, zoneId, viewport);
        boolean expectFew = expectFew(query);
        if (picture != null || expectFew) {
            readPicture(s, query, expectFew, asked);
            return;
        }
        // A map's first picture: counting per cell scans every row of the map, so the per-zone totals (read on an
        // index) are drawn first, and the counts replace them when they arrive.
        runner.run("Counting the bots per zone…", () -> s.sketch(query), sketch -> {
            if (asked == generation && sketch != null && picture == null) {
                picture = sketch;
                status = "per-zone totals, counting per cell…";
                rebuild();
            }
            readPicture(s, query, false, asked);
        }, failure -> readPicture(s, query, false, asked));
    }

    private void readPicture(MapService s, MapQuery query, boolean expectFew, long asked) {
        runner.run("Reading the bots on the map…", () -> new Object[] {s.picture(query, expectFew),
                s.hasCharacters()}, result -> {
                    reading = false;
                    if (asked == generation) {
                        picture = (MapPicture) result[0];
                        characters = (Boolean) result[1];
                        status = null;
                    }
                    finishRead();
                }, failure -> {
                    reading = false;
                    status = "could not read the bots: " + failure.getMessage();
                    finishRead();
                });
    }

    private void finishRead() {
        if (readAgain) {
            readAgain = false;
            read();
        } else {
            loading.set(false);
            if (straysStale) {
                straysStale = false;
                readStrays();
            }
        }
        rebuild();
    }

    /** From the last picture's bots per square yard: will this view hold few enough for dots? */
    private boolean expectFew(MapQuery query) {
        if (picture == null || picture.query().mapId() != query.mapId() || picture.query().view().area() <= 0) {
            return false;
        }
        double perYard = picture.botsInView() / picture.query().view().area();
        return perYard * query.view().area() < query.dotLimit() / 2.0;
    }

    private void readStrays() {
        MapService s = service.get();
        if (s == null) {
            return;
        }
        long map = mapId;
        Long zone = zoneId;
        runner.run("Looking for bots at impossible positions…", () -> s.strays(map, zone), found -> {
            if (map == mapId && Objects.equals(zone, zoneId)) {
                strays = found;
                rebuild();
            }
        }, failure -> {
            status = "could not look for misplaced bots: " + failure.getMessage();
            rebuild();
        });
    }

    private void readSelected() {
        MapService s = service.get();
        BigInteger guid = selected;
        if (s == null || guid == null) {
            return;
        }
        runner.run("Finding bot " + guid + " on the map…", () -> s.bot(guid).orElse(null), dot -> {
            if (guid.equals(selected)) {
                selectedDot = dot;
                rebuild();
            }
        }, failure -> { });
    }

    private void rebuild() {
        scene.set(SceneBuilder.build(new SceneInput(atlas, limits, viewport, mapId, zoneId, picture, strays,
                selected, selectedDot, hovered, drag, status, characters)));
    }
}
