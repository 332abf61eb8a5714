package pbi.dao.embedded;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.SqlScripts;
import pbi.dao.domain.BotState;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * The deterministic demo world of the embedded database: {@value #BOTS} clean bots spread over every map and zone,
 * their TrinityCore {@code characters} rows, and a few dozen deliberately corrupted bots listed in
 * {@link #CORRUPTED}. Created on first start; a marker table written last says the world is complete, so an
 * interrupted creation is redone on the next start.
 */
public final class DemoWorld {

    /** The seed of the demo world's random source: the day Wrath of the Lich King came out. */
    public static final long SEED = 20_081_113L;
    /** How many bots have a state row (clean and corrupted together). */
    public static final int BOTS = 2_400;
    public static final long FIRST_GUID = 1_001;
    /** Orphan rows belong to these bot guids, which have no state row. */
    public static final List<BigInteger> ORPHAN_GUIDS = List.of(BigInteger.valueOf(9_000_001),
            BigInteger.valueOf(9_000_002), BigInteger.valueOf(9_000_003));
    static final String MARKER_TABLE = "pbi_demo_marker";
    static final int VERSION = 1;

    static final List<String> RULES = List.of(
            "state.position_out_of_world", "state.orientation_out_of_range", "state.level_out_of_range",
            "state.gold_over_cap", "state.health_wrapped", "state.mana_wrapped", "state.zone_not_on_map",
            "state.updated_in_future",
            "inventory.bag_not_a_bag", "inventory.slot_beyond_bag", "inventory.stack_zero",
            "inventory.item_id_zero", "inventory.enchantments_malformed",
            "equipment.slot_out_of_range", "equipment.gems_malformed", "equipment.too_many_gems",
            "equipment.enchantments_malformed", "equipment.item_id_zero",
            "duplicate_item_guid", "orphan_rows");

    /** One deliberate corruption: which bot, which rule, and which of the rule's variants. */
    record Corruption(BigInteger guid, String rule, int variant) {
    }

    static final List<Corruption> CORRUPTIONS = corruptions();

    /**
     * Bot guid to the rule ids it deliberately breaks. Orphan rows are keyed by their orphan bot guid; both bots of
     * a duplicated item guid are listed. Every other demo bot is clean under the default limits.
     */
    public static final Map<BigInteger, Set<String>> CORRUPTED = corruptedMap();

    private static final Logger LOG = LoggerFactory.getLogger(DemoWorld.class);
    private static final String[] SYLLABLES_START = {"Al", "Bel", "Cor", "Dra", "El", "Fen", "Gor", "Hal", "Ith",
        "Jor", "Kal", "Lor", "Mor", "Nar", "Or", "Pel", "Quel", "Ra", "Sil", "Thal", "Ul", "Val", "Wyn", "Xan", "Yor",
        "Zul", "Ar", "Bra", "Cel", "Dun", "Ean", "Fal", "Gal", "Hor", "Ka", "Lei", "Mal", "Nim", "Sha", "Tor"};
    private static final String[] SYLLABLES_MIDDLE = {"a", "e", "i", "o", "u", "ae", "ia", "ra", "ri", "tho", "ga",
        "do", "ma", "ne", "ly", "ro", "sa", "va", ""};
    private static final String[] SYLLABLES_END = {"dor", "wen", "mir", "th", "nas", "rok", "gar", "iel", "ion",
        "us", "ax", "ra", "na", "eth", "orn", "ash", "ric", "vyn", "lia", "ssa", "mus", "grim", "dan", "ria"};
    /** Races and the classes each may be in WotLK 3.3.5. */
    private static final int[][] RACE_CLASSES = {
        {1, 1, 2, 4, 5, 6, 8, 9}, {2, 1, 3, 4, 6, 7, 9}, {3, 1, 2, 3, 4, 5, 6}, {4, 1, 3, 4, 5, 6, 11},
        {5, 1, 4, 5, 6, 8, 9}, {6, 1, 3, 6, 7, 11}, {7, 1, 4, 6, 8, 9}, {8, 1, 3, 4, 5, 6, 7, 8},
        {10, 2, 3, 4, 5, 6, 8, 9}, {11, 1, 2, 3, 5, 6, 7, 8}};
    private static final int DEATH_KNIGHT = 6;
    private static final int ONLINE_BOTS = 8;

    private DemoWorld() {
    }

    /** One bot of the demo world as it will be written. */
    static final class Bot {
        BotState state;
        final List<InventoryItem> inventory;
        final List<EquipmentItem> equipment;
        Character character;

        Bot(BotState state, List<InventoryItem> inventory, List<EquipmentItem> equipment, Character character) {
            this.state = state;
            this.inventory = new ArrayList<>(inventory);
            this.equipment = new ArrayList<>(equipment);
            this.character = character;
        }
    }

    /** A row of TrinityCore's characters table. */
    record Character(long guid, long account, String name, int race, int characterClass, int gender, int level,
            long money, long map, long zone, boolean online) {
    }

    /** Everything the world writes: bots with state rows, and child rows of bots that have none. */
    record Plan(List<Bot> bots, List<InventoryItem> orphanInventory, List<EquipmentItem> orphanEquipment) {

        long rows() {
            long rows = orphanInventory.size() + orphanEquipment.size();
            for (Bot bot : bots) {
                rows += 2 + bot.inventory.size() + bot.equipment.size();
            }
            return rows;
        }
    }

    /**
     * Starts the embedded MariaDB in the user's data directory and makes sure it holds the demo world: what the
     * window and the command line open when no server is named. The server is stopped again if this fails.
     */
    public static EmbeddedDatabase startEmbedded(Consumer<String> progress) {
        EmbeddedDatabase embedded = EmbeddedDatabase.start(EmbeddedDatabase.defaultHome(), EmbeddedDatabase.DATABASE,
                progress);
        try {
            ensure(embedded, progress);
            return embedded;
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /** Fills the embedded database with the demo world unless a complete one is already there. */
    public static void ensure(EmbeddedDatabase embedded, Consumer<String> progress) {
        try (Connection connection = embedded.connect()) {
            ensure(connection, progress);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.OTHER,
                    "Could not create the demo world in the embedded database: " + e.getMessage(), e);
        }
    }

    /**
     * Fills the database behind {@code connection} with the demo world unless a complete one is there. Drops and
     * recreates the three playerbot tables and {@code characters}: only for databases the tool owns.
     *
     * @return true when it created the world, false when a complete one was already there
     */
    public static boolean ensure(Connection connection, Consumer<String> progress) throws SQLException {
        if (isComplete(connection)) {
            progress.accept("Demo world ready");
            return false;
        }
        long started = System.nanoTime();
        progress.accept("Creating the demo world…");
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + MARKER_TABLE);
            statement.execute("DROP TABLE IF EXISTS playerbot_inventory, playerbot_equipment, playerbot_state,"
                    + " characters");
        }
        SqlScripts.run(connection, SqlScripts.PLAYERBOT_SCHEMA);
        SqlScripts.run(connection, SqlScripts.CHARACTERS_SCHEMA);
        Plan plan = plan(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            write(connection, plan, progress);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + MARKER_TABLE + " (version INT NOT NULL, seed BIGINT NOT NULL,"
                        + " bots INT NOT NULL, created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO " + MARKER_TABLE + " (version, seed, bots) VALUES (" + VERSION + ", "
                        + SEED + ", " + plan.bots().size() + ")");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Demo world created: {} bots, {} rows in {} ms", plan.bots().size(), plan.rows(), millis);
        progress.accept(String.format("Demo world ready: %,d bots, %,d rows in %.1f s", plan.bots().size(),
                plan.rows(), millis / 1000.0));
        return true;
    }

    /** True when the marker written after the last row is present. */
    public static boolean isComplete(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM"
                + " information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?")) {
            statement.setString(1, MARKER_TABLE);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getInt(1) == 0) {
                    return false;
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + MARKER_TABLE)) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }

    private static void write(Connection connection, Plan plan, Consumer<String> progress) throws SQLException {
        int total = plan.bots().size();
        SqlRows rows = new SqlRows(connection);
        try {
            int done = 0;
            for (Bot bot : plan.bots()) {
                rows.add(bot.state);
                for (InventoryItem item : bot.inventory) {
                    rows.add(item);
                }
                for (EquipmentItem item : bot.equipment) {
                    rows.add(item);
                }
                if (++done % 600 == 0) {
                    progress.accept(String.format("Demo world: %,d of %,d bots", done, total));
                }
            }
            for (InventoryItem item : plan.orphanInventory()) {
                rows.add(item);
            }
            for (EquipmentItem item : plan.orphanEquipment()) {
                rows.add(item);
            }
            rows.flush();
        } finally {
            rows.close();
        }
        progress.accept("Demo world: characters");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO characters (guid, account, name,"
                + " race, class, gender, level, money, map, zone, online) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Bot bot : plan.bots()) {
                Character c = bot.character;
                insert.setLong(1, c.guid());
                insert.setLong(2, c.account());
                insert.setString(3, c.name());
                insert.setInt(4, c.race());
                insert.setInt(5, c.characterClass());
                insert.setInt(6, c.gender());
                insert.setInt(7, c.level());
                insert.setLong(8, c.money());
                insert.setLong(9, c.map());
                insert.setLong(10, c.zone());
                insert.setInt(11, c.online() ? 1 : 0);
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * The whole world, computed from {@link #SEED}. Only the {@code last_updated} times depend on {@code now}:
     * clean bots were updated up to 30 days before it.
     */
    static Plan plan(LocalDateTime now) {
        SplittableRandom random = new SplittableRandom(SEED);
        long[] nextItemGuid = {2_000_001};
        Set<String> names = new HashSet<>();
        List<Bot> bots = new ArrayList<>(BOTS);
        for (int i = 0; i < BOTS; i++) {
            BigInteger guid = BigInteger.valueOf(FIRST_GUID + i);
            // The first bots visit every zone once, so that no zone of DOMAIN.md is empty.
            Zones.Zone zone = i < Zones.ALL.size() ? Zones.ALL.get(i) : Zones.ALL.get(random.nextInt(
                    Zones.ALL.size()));
            int level = BotFactory.levelFor(random, zone.map());
            LocalDateTime updated = now.minusSeconds(60 + random.nextInt(30 * 24 * 3600));
            BotState state = BotFactory.state(random, guid, zone, level, updated);
            List<InventoryItem> inventory = BotFactory.inventory(random, guid, 20 + random.nextInt(81),
                    () -> nextItemGuid[0]++, updated);
            List<EquipmentItem> equipment = BotFactory.equipment(random, guid, 10 + random.nextInt(10),
                    () -> nextItemGuid[0]++, updated);
            Character character = character(random, names, guid.longValueExact(), i, state);
            bots.add(new Bot(state, inventory, equipment, character));
        }
        Map<BigInteger, Bot> byGuid = new LinkedHashMap<>();
        bots.forEach(b -> byGuid.put(b.state.botGuid(), b));
        for (Corruption corruption : CORRUPTIONS) {
            if (!corruption.rule().equals("orphan_rows")) {
                corrupt(byGuid, corruption, now);
            }
        }
        Set<BigInteger> corrupted = CORRUPTED.keySet();
        int online = 0;
        for (int i = 7; online < ONLINE_BOTS; i += 293) {
            Bot bot = bots.get(i);
            if (!corrupted.contains(bot.state.botGuid())) {
                Character c = bot.character;
                bot.character = new Character(c.guid(), c.account(), c.name(), c.race(), c.characterClass(),
                        c.gender(), c.level(), c.money(), c.map(), c.zone(), true);
                online++;
            }
        }
        List<InventoryItem> orphanInventory = new ArrayList<>();
        List<EquipmentItem> orphanEquipment = new ArrayList<>();
        LocalDateTime orphanTime = now.minusDays(40);
        for (Corruption corruption : CORRUPTIONS) {
            if (corruption.rule().equals("orphan_rows")) {
                int v = corruption.variant();
                if (v != 1) {
                    orphanInventory.addAll(BotFactory.inventory(random, corruption.guid(), 5 + v,
                            () -> nextItemGuid[0]++, orphanTime));
                }
                if (v != 0) {
                    orphanEquipment.addAll(BotFactory.equipment(random, corruption.guid(), 2 + v,
                            () -> nextItemGuid[0]++, orphanTime));
                }
            }
        }
        return new Plan(bots, orphanInventory, orphanEquipment);
    }

    private static Character character(SplittableRandom random, Set<String> names, long guid, int index,
            BotState state) {
        String name;
        do {
            name = SYLLABLES_START[random.nextInt(SYLLABLES_START.length)]
                    + SYLLABLES_MIDDLE[random.nextInt(SYLLABLES_MIDDLE.length)]
                    + SYLLABLES_END[random.nextInt(SYLLABLES_END.length)];
        } while (name.length() > 12 || !names.add(name));
        int[] raceClasses = RACE_CLASSES[random.nextInt(RACE_CLASSES.length)];
        int characterClass;
        if (state.mapId() == 609) {
            characterClass = DEATH_KNIGHT;
        } else {
            do {
                characterClass = raceClasses[1 + random.nextInt(raceClasses.length - 1)];
            } while (characterClass == DEATH_KNIGHT && state.level() < 55);
        }
        long money = state.goldCopper().min(BigInteger.valueOf(ColumnRanges.MAX_INT_UNSIGNED)).longValue();
        return new Character(guid, 1 + index / 9, name, raceClasses[0], characterClass, random.nextInt(2),
                state.level(), money, state.mapId(), state.zoneId(), false);
    }

    private static List<Corruption> corruptions() {
        List<Corruption> list = new ArrayList<>();
        int n = 0;
        for (String rule : RULES) {
            for (int variant = 0; variant < 3; variant++) {
                BigInteger guid = rule.equals("orphan_rows") ? ORPHAN_GUIDS.get(variant) : corruptGuid(n);
                list.add(new Corruption(guid, rule, variant));
                n++;
            }
        }
        // Two bots with more than one thing wrong, as real corruption often has.
        list.add(new Corruption(corruptGuid(n), "state.health_wrapped", 0));
        list.add(new Corruption(corruptGuid(n), "state.mana_wrapped", 0));
        n++;
        list.add(new Corruption(corruptGuid(n), "inventory.stack_zero", 1));
        list.add(new Corruption(corruptGuid(n), "equipment.gems_malformed", 0));
        return Collections.unmodifiableList(list);
    }

    /** Corrupted bots are spread through the guid range, 37 guids apart. */
    private static BigInteger corruptGuid(int n) {
        return BigInteger.valueOf(FIRST_GUID + 23 + n * 37L);
    }

    private static Map<BigInteger, Set<String>> corruptedMap() {
        Map<BigInteger, Set<String>> map = new TreeMap<>();
        for (Corruption c : CORRUPTIONS) {
            map.computeIfAbsent(c.guid(), g -> new LinkedHashSet<>()).add(c.rule());
            if (c.rule().equals("duplicate_item_guid") && c.variant() < 2) {
                map.computeIfAbsent(c.guid().add(BigInteger.ONE), g -> new LinkedHashSet<>()).add(c.rule());
            }
        }
        Map<BigInteger, Set<String>> frozen = new LinkedHashMap<>();
        map.forEach((guid, rules) -> frozen.put(guid, Collections.unmodifiableSet(rules)));
        return Collections.unmodifiableMap(frozen);
    }

    private static void corrupt(Map<BigInteger, Bot> bots, Corruption corruption, LocalDateTime now) {
        Bot bot = bots.get(corruption.guid());
        BotState s = bot.state;
        int v = corruption.variant();
        switch (corruption.rule()) {
            case "state.position_out_of_world" -> bot.state = switch (v) {
                case 0 -> s.withPosition(20_000.5f, s.positionY(), s.positionZ(), s.mapId(), s.zoneId(),
                        s.orientation());
                case 1 -> s.withPosition(s.positionX(), -17_500f, s.positionZ(), s.mapId(), s.zoneId(),
                        s.orientation());
                default -> s.withPosition(-30_000f, s.positionY(), 12_000f, s.mapId(), s.zoneId(), s.orientation());
            };
            case "state.orientation_out_of_range" -> bot.state = s.withPosition(s.positionX(), s.positionY(),
                    s.positionZ(), s.mapId(), s.zoneId(), new float[] {6.2831855f, -0.75f, 12.5f}[v]);
            case "state.level_out_of_range" ->
                    bot.state = s.withVitals(s.health(), s.mana(), new int[] {0, 81, 255}[v]);
            case "state.gold_over_cap" -> bot.state = s.withGold(new BigInteger[] {
                BigInteger.valueOf(2_147_483_647L), BigInteger.valueOf(9_999_999_999L),
                ColumnRanges.MAX_BIGINT_UNSIGNED}[v]);
            case "state.health_wrapped" -> bot.state = s.withVitals(
                    new long[] {4_294_967_196L, 2_147_483_648L, 4_294_967_295L}[v], s.mana(), s.level());
            case "state.mana_wrapped" -> bot.state = s.withVitals(s.health(),
                    new long[] {4_294_967_246L, 2_147_483_649L, 4_294_967_295L}[v], s.level());
            case "state.zone_not_on_map" -> bot.state = s.withPosition(s.positionX(), s.positionY(), s.positionZ(),
                    new long[] {0, 1, 571}[v], new long[] {14, 1519, 3703}[v], s.orientation());
            case "state.updated_in_future" -> bot.state = s.withLastUpdated(now.plusDays(40L * (v + 1)));
            case "inventory.bag_not_a_bag" -> replaceItem(bot, 3 + v,
                    i -> i.movedTo(new int[] {0, 23, 118}[v], i.slot()));
            case "inventory.slot_beyond_bag" -> replaceItem(bot, 4 + v,
                    i -> i.movedTo(new int[] {19, 20, 22}[v], new int[] {36, 40, 200}[v]));
            case "inventory.stack_zero" -> replaceItem(bot, 5 + v, i -> i.withStack(0));
            case "inventory.item_id_zero" -> replaceItem(bot, 6 + v, i -> new InventoryItem(i.botGuid(), i.bag(),
                    i.slot(), 0, i.itemGuid(), i.stackCount(), i.enchantments(), i.durability(), i.lastUpdated()));
            case "inventory.enchantments_malformed" -> replaceItem(bot, 2 + v, i -> i.withEnchantments(new String[] {
                "3225:0;;3229:3600", "3229:-60", "3225:0;".repeat(12) + "3229:3600"}[v]));
            case "equipment.slot_out_of_range" -> replaceWorn(bot, v, e -> e.withSlot(new int[] {19, 23, 255}[v]));
            case "equipment.gems_malformed" -> replaceWorn(bot, 1 + v, e -> e.withGems(new String[] {
                "41398,,40111", "40111;40112", "4l398"}[v]));
            case "equipment.too_many_gems" -> replaceWorn(bot, 2 + v, e -> e.withGems(new String[] {
                "41398,40111,40112,40113", "40111,40112,40113,40114,40117", "40111,40111,40111,40111"}[v]));
            case "equipment.enchantments_malformed" -> replaceWorn(bot, 3 + v, e -> e.withEnchantments(
                    new String[] {"3789", "3789:0:0", ":3600"}[v]));
            case "equipment.item_id_zero" -> replaceWorn(bot, 4 + v, e -> new EquipmentItem(e.botGuid(), e.slot(), 0,
                    e.itemGuid(), e.enchantments(), e.gems(), e.durability(), e.lastUpdated()));
            case "duplicate_item_guid" -> {
                Bot partner = bots.get(corruption.guid().add(BigInteger.ONE));
                if (v == 0) {
                    BigInteger copied = bot.inventory.get(1).itemGuid();
                    replaceItem(partner, 1, i -> withItemGuid(i, copied));
                } else if (v == 1) {
                    BigInteger copied = partner.inventory.get(2).itemGuid();
                    replaceWorn(bot, 0, e -> new EquipmentItem(e.botGuid(), e.slot(), e.itemId(), copied,
                            e.enchantments(), e.gems(), e.durability(), e.lastUpdated()));
                } else {
                    BigInteger copied = bot.inventory.get(2).itemGuid();
                    replaceItem(bot, 7, i -> withItemGuid(i, copied));
                }
            }
            default -> throw new IllegalStateException("No corruption for " + corruption.rule());
        }
        if (corruption.rule().startsWith("state.")) {
            BotState changed = bot.state;
            Character c = bot.character;
            // The characters row follows the state, as the game server would write it.
            bot.character = new Character(c.guid(), c.account(), c.name(), c.race(), c.characterClass(), c.gender(),
                    changed.level(), c.money(), changed.mapId(), changed.zoneId(), c.online());
        }
    }

    private static InventoryItem withItemGuid(InventoryItem i, BigInteger itemGuid) {
        return new InventoryItem(i.botGuid(), i.bag(), i.slot(), i.itemId(), itemGuid, i.stackCount(),
                i.enchantments(), i.durability(), i.lastUpdated());
    }

    private static void replaceItem(Bot bot, int index, java.util.function.UnaryOperator<InventoryItem> change) {
        bot.inventory.set(index, change.apply(bot.inventory.get(index)));
    }

    private static void replaceWorn(Bot bot, int index, java.util.function.UnaryOperator<EquipmentItem> change) {
        bot.equipment.set(index, change.apply(bot.equipment.get(index)));
    }
}
