package pbi.dao.embedded;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import pbi.dao.doctor.Rule;
import pbi.dao.domain.BotState;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Every row of the demo world, computed from {@link DemoWorld#SEED} without touching a database: the same plan
 * every time, so the corrupted bots are always the ones {@link Corruptions} lists.
 *
 * @param bots the bots with a state row, in guid order
 * @param orphanInventory inventory rows of bot guids that have no state row
 * @param orphanEquipment equipment rows of bot guids that have no state row
 */
record DemoPlan(List<Bot> bots, List<InventoryItem> orphanInventory, List<EquipmentItem> orphanEquipment) {

    private static final long FIRST_ITEM_GUID = 2_000_001;
    private static final int ONLINE_BOTS = 8;
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

    DemoPlan {
        bots = List.copyOf(bots);
        orphanInventory = List.copyOf(orphanInventory);
        orphanEquipment = List.copyOf(orphanEquipment);
    }

    /** One bot of the demo world: its three tables' rows and its TrinityCore {@code characters} row. */
    record Bot(BotState state, List<InventoryItem> inventory, List<EquipmentItem> equipment, Character character) {

        Bot {
            inventory = List.copyOf(inventory);
            equipment = List.copyOf(equipment);
        }

        BigInteger guid() {
            return state.botGuid();
        }

        /** The bot in another state; its characters row follows, as the game server would write it. */
        Bot withState(BotState changed) {
            Character c = character;
            return new Bot(changed, inventory, equipment, new Character(c.guid(), c.account(), c.name(), c.race(),
                    c.characterClass(), c.gender(), changed.level(), c.money(), changed.mapId(), changed.zoneId(),
                    c.online()));
        }

        Bot withItem(int index, UnaryOperator<InventoryItem> change) {
            List<InventoryItem> items = new ArrayList<>(inventory);
            items.set(index, change.apply(items.get(index)));
            return new Bot(state, items, equipment, character);
        }

        Bot withWorn(int index, UnaryOperator<EquipmentItem> change) {
            List<EquipmentItem> worn = new ArrayList<>(equipment);
            worn.set(index, change.apply(worn.get(index)));
            return new Bot(state, inventory, worn, character);
        }

        /** The bot in another class (a corruption that needs a non-warrior). */
        Bot withClass(int characterClass) {
            Character c = character;
            return new Bot(state, inventory, equipment, new Character(c.guid(), c.account(), c.name(), c.race(),
                    characterClass, c.gender(), c.level(), c.money(), c.map(), c.zone(), c.online()));
        }

        Bot online() {
            Character c = character;
            return new Bot(state, inventory, equipment, new Character(c.guid(), c.account(), c.name(), c.race(),
                    c.characterClass(), c.gender(), c.level(), c.money(), c.map(), c.zone(), true));
        }
    }

    /** A row of TrinityCore's characters table. */
    record Character(long guid, long account, String name, int race, int characterClass, int gender, int level,
            long money, long map, long zone, boolean online) {
    }

    /** Every row the plan writes: two per bot (state and characters) and each item. */
    long rows() {
        long rows = orphanInventory.size() + orphanEquipment.size();
        for (Bot bot : bots) {
            rows += 2 + bot.inventory().size() + bot.equipment().size();
        }
        return rows;
    }

    /**
     * The whole world. Only the {@code last_updated} times depend on {@code now}: clean bots were updated up to 30
     * days before it.
     */
    static DemoPlan make(LocalDateTime now) {
        SplittableRandom random = new SplittableRandom(DemoWorld.SEED);
        long[] nextItemGuid = {FIRST_ITEM_GUID};
        Set<String> names = new HashSet<>();
        Map<BigInteger, Bot> bots = new LinkedHashMap<>();
        for (int i = 0; i < DemoWorld.BOTS; i++) {
            BigInteger guid = BigInteger.valueOf(DemoWorld.FIRST_GUID + i);
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
            bots.put(guid, new Bot(state, inventory, equipment, character(random, names, i, state)));
        }
        for (Corruptions.Corruption corruption : Corruptions.ALL) {
            if (corruption.rule() != Rule.ORPHAN_ROWS) {
                Corruptions.apply(bots, corruption, now);
            }
        }
        List<Bot> list = new ArrayList<>(bots.values());
        int online = 0;
        for (int i = 7; online < ONLINE_BOTS; i += 293) {
            Bot bot = list.get(i);
            if (!Corruptions.BY_BOT.containsKey(bot.guid())) {
                list.set(i, bot.online());
                online++;
            }
        }
        List<InventoryItem> orphanInventory = new ArrayList<>();
        List<EquipmentItem> orphanEquipment = new ArrayList<>();
        LocalDateTime orphanTime = now.minusDays(40);
        for (Corruptions.Corruption corruption : Corruptions.ALL) {
            if (corruption.rule() == Rule.ORPHAN_ROWS) {
                int v = corruption.variant();
                // Variant 0 leaves inventory only, 1 equipment only, 2 both.
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
        return new DemoPlan(list, orphanInventory, orphanEquipment);
    }

    /** A class the race may have that is not a warrior (every race has one). */
    static int firstClassOtherThanWarrior(int race) {
        for (int[] raceClasses : RACE_CLASSES) {
            if (raceClasses[0] == race) {
                for (int i = 1; i < raceClasses.length; i++) {
                    if (raceClasses[i] != 1 && raceClasses[i] != DEATH_KNIGHT) {
                        return raceClasses[i];
                    }
                }
            }
        }
        throw new IllegalArgumentException("Unknown race " + race);
    }

    private static Character character(SplittableRandom random, Set<String> names, int index, BotState state) {
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
        return new Character(state.botGuid().longValueExact(), 1 + index / 9, name, raceClasses[0], characterClass,
                random.nextInt(2), state.level(), money, state.mapId(), state.zoneId(), false);
    }
}
