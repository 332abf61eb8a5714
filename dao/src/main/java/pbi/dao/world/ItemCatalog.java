package pbi.dao.world;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every item of the world database, loaded on first use and then kept. Safe to share between threads. The first
 * call that needs the items reads them, so call {@link #load()} from a background thread (never the FX thread).
 * Without world data the catalog is unavailable, says why, and finds nothing.
 */
public final class ItemCatalog implements ItemLookup {

    private static final Logger LOG = LoggerFactory.getLogger(ItemCatalog.class);
    private static final Comparator<ItemTemplate> BEST_FIRST = Comparator.comparingInt(ItemTemplate::itemLevel)
            .reversed()
            .thenComparing(i -> i.quality().id(), Comparator.reverseOrder())
            .thenComparing(ItemTemplate::name)
            .thenComparingLong(ItemTemplate::entry);

    private final Supplier<Loaded> loader;
    private volatile Loaded loaded;

    private ItemCatalog(Supplier<Loaded> loader) {
        this.loader = loader;
    }

    /** A catalog that finds its world database, then reads it, on first use. */
    public static ItemCatalog lazy(ConnectionSource sameServer, WorldSource source) {
        return new ItemCatalog(() -> read(WorldLocator.locate(sameServer, source)));
    }

    /** A catalog that reads an already located world database on first use. */
    public static ItemCatalog lazy(WorldLocation location) {
        return new ItemCatalog(() -> read(location));
    }

    /** A catalog of the given items, for tests and for the demo world. */
    public static ItemCatalog of(String source, Collection<ItemTemplate> items) {
        Loaded ready = Loaded.of(source, items, 0);
        return new ItemCatalog(() -> ready);
    }

    public static ItemCatalog unavailable(String reason) {
        Loaded none = Loaded.none(reason);
        return new ItemCatalog(() -> none);
    }

    private static Loaded read(WorldLocation location) {
        if (!location.available()) {
            return Loaded.none(location.reason()).at(location);
        }
        long start = System.nanoTime();
        try (Connection connection = location.source().open()) {
            List<ItemTemplate> items = ItemTemplateReader.readAll(connection, location.schema());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (items.isEmpty()) {
                // Every item would look unknown; the doctor must not call a whole realm corrupt for that.
                return Loaded.none("item_template in " + location.description() + " is empty").at(location);
            }
            LOG.info("Read {} items from {} in {} ms", items.size(), location.description(), millis);
            return Loaded.of(location.description(), items, millis).at(location);
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.warn("Reading item_template from {} failed", location.description(), e);
            return Loaded.none("reading item_template from " + location.description() + " failed: "
                    + WorldLocator.firstLine(e)).at(location);
        }
    }

    /** Reads the items now if that has not happened yet; returns this catalog. */
    public ItemCatalog load() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    loaded = loader.get();
                }
            }
        }
        return this;
    }

    /** Forgets what was read, so that the next use reads the world database again (a "Retry" after a fix). */
    public synchronized void reload() {
        loaded = null;
    }

    private Loaded state() {
        load();
        return loaded;
    }

    public boolean available() {
        return state().reason == null;
    }

    /** Why there are no item names, for the window's one notice and the doctor's output; empty when available. */
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(state().reason);
    }

    /**
     * The world database the items were read from, when this catalog read one: the doctor checks in SQL when it
     * is {@linkplain WorldLocation#sameServer() on the same server}.
     */
    public Optional<WorldLocation> location() {
        return Optional.ofNullable(state().location).filter(WorldLocation::available);
    }

    /** Where the items came from, such as "world on the same server". */
    public String source() {
        return state().source;
    }

    public int size() {
        return state().byEntry.size();
    }

    /** How long reading item_template took, in milliseconds (0 for a catalog built in memory). */
    public long loadMillis() {
        return state().millis;
    }

    @Override
    public Optional<ItemTemplate> find(long entry) {
        return Optional.ofNullable(state().byEntry.get(entry));
    }

    /** The item's name, or "#entry" when it is unknown or the catalog is unavailable. */
    public String label(long entry) {
        ItemTemplate item = state().byEntry.get(entry);
        return item == null ? "#" + entry : item.name();
    }

    /**
     * Items for a picker, best match first: the exact id, then names equal to the text, starting with it, having
     * a word that starts with it, containing it, and last ids that start with it; within each group the highest
     * item level first.
     *
     * @param text part of the name or of the id; blank lists everything that fits
     * @param slot an equipment slot 0-18 the items must fit, or null for any item (a bag slot)
     * @param classId the bot's class, for Titan's Grip; null when unknown
     * @param limit the most items to return
     */
    public List<ItemTemplate> search(String text, Integer slot, Integer classId, int limit) {
        Loaded state = state();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        boolean digits = !needle.isEmpty() && needle.chars().allMatch(Character::isDigit);
        List<List<ItemTemplate>> groups = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < state.items.length; i++) {
            ItemTemplate item = state.items[i];
            if (slot != null && !item.fits(slot, classId)) {
                continue;
            }
            int rank = rank(needle, digits, item, state.lowerNames[i]);
            if (rank >= 0) {
                groups.get(rank).add(item);
            }
        }
        List<ItemTemplate> out = new ArrayList<>(Math.min(limit, 256));
        for (List<ItemTemplate> group : groups) {
            group.sort(BEST_FIRST);
            for (ItemTemplate item : group) {
                if (out.size() >= limit) {
                    return out;
                }
                out.add(item);
            }
        }
        return out;
    }

    private static int rank(String needle, boolean digits, ItemTemplate item, String name) {
        if (needle.isEmpty()) {
            return 1;
        }
        if (digits && Long.toString(item.entry()).equals(needle)) {
            return 0;
        }
        int at = name.indexOf(needle);
        if (at == 0) {
            return name.length() == needle.length() ? 1 : 2;
        }
        if (at > 0) {
            return wordStart(name, needle) ? 3 : 4;
        }
        return digits && Long.toString(item.entry()).startsWith(needle) ? 5 : -1;
    }

    private static boolean wordStart(String name, String needle) {
        for (int at = name.indexOf(needle); at >= 0; at = name.indexOf(needle, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        Loaded state = loaded;
        if (state == null) {
            return "item catalog (not read yet)";
        }
        return state.reason == null ? state.byEntry.size() + " items from " + state.source
                : "no item names: " + state.reason;
    }

    private static final class Loaded {
        private final String source;
        private final String reason;
        private final Map<Long, ItemTemplate> byEntry;
        private final ItemTemplate[] items;
        private final String[] lowerNames;
        private final long millis;
        private WorldLocation location;

        private Loaded(String source, String reason, Map<Long, ItemTemplate> byEntry, long millis) {
            this.source = source;
            this.reason = reason;
            this.byEntry = byEntry;
            this.items = byEntry.values().toArray(new ItemTemplate[0]);
            this.lowerNames = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                lowerNames[i] = items[i].name().toLowerCase(Locale.ROOT);
            }
            this.millis = millis;
        }

        static Loaded of(String source, Collection<ItemTemplate> items, long millis) {
            Map<Long, ItemTemplate> byEntry = new HashMap<>(items.size() * 4 / 3 + 16);
            for (ItemTemplate item : items) {
                byEntry.put(item.entry(), item);
            }
            return new Loaded(source, null, byEntry, millis);
        }

        /** Set once, before the catalog publishes this state through its volatile field. */
        Loaded at(WorldLocation where) {
            this.location = where;
            return this;
        }

        static Loaded none(String reason) {
            return new Loaded("no world database", reason, Map.of(), 0);
        }
    }
}
