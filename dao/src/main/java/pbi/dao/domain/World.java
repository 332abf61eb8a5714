package pbi.dao.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Names of maps, zones and equipment slots, from AreaTable and the client's slot list. */
public final class World {

    public static final List<String> EQUIPMENT_SLOTS = List.of("Head", "Neck", "Shoulders", "Shirt", "Chest",
            "Waist", "Legs", "Feet", "Wrists", "Hands", "Finger 1", "Finger 2", "Trinket 1", "Trinket 2", "Back",
            "Main hand", "Off hand", "Ranged", "Tabard");
    /** The bag positions the server saves. */
    public static final List<Integer> BAG_POSITIONS = List.of(19, 20, 21, 22);
    /** The backpack's own slots are saved under this bag value, slots 23 to 38. */
    public static final int BACKPACK = 255;
    public static final int BACKPACK_FIRST_SLOT = 23;
    public static final int BACKPACK_LAST_SLOT = 38;
    public static final int MAX_BAG_SLOTS = 36;

    private static final Map<Long, String> MAPS = new LinkedHashMap<>();
    private static final Map<Long, Map<Long, String>> ZONES = new LinkedHashMap<>();
    private static final Map<Long, Long> MAP_OF_ZONE = new LinkedHashMap<>();

    static {
        map(0, "Eastern Kingdoms", 1, "Dun Morogh", 3, "Badlands", 4, "Blasted Lands", 8, "Swamp of Sorrows",
                10, "Duskwood", 11, "Wetlands", 12, "Elwynn Forest", 28, "Western Plaguelands",
                33, "Stranglethorn Vale", 38, "Loch Modan", 40, "Westfall", 41, "Deadwind Pass",
                44, "Redridge Mountains", 45, "Arathi Highlands", 46, "Burning Steppes", 47, "The Hinterlands",
                51, "Searing Gorge", 85, "Tirisfal Glades", 130, "Silverpine Forest", 139, "Eastern Plaguelands",
                267, "Hillsbrad Foothills", 1497, "Undercity", 1519, "Stormwind City", 1537, "Ironforge");
        map(1, "Kalimdor", 14, "Durotar", 15, "Dustwallow Marsh", 16, "Azshara", 17, "The Barrens",
                141, "Teldrassil", 148, "Darkshore", 215, "Mulgore", 331, "Ashenvale", 357, "Feralas",
                361, "Felwood", 400, "Thousand Needles", 405, "Desolace", 406, "Stonetalon Mountains",
                440, "Tanaris", 490, "Un'Goro Crater", 493, "Moonglade", 618, "Winterspring", 1377, "Silithus",
                1637, "Orgrimmar", 1638, "Thunder Bluff", 1657, "Darnassus");
        map(530, "Outland", 3483, "Hellfire Peninsula", 3518, "Nagrand", 3519, "Terokkar Forest",
                3520, "Shadowmoon Valley", 3521, "Zangarmarsh", 3522, "Blade's Edge Mountains", 3523, "Netherstorm",
                3703, "Shattrath City", 3430, "Eversong Woods", 3433, "Ghostlands", 3487, "Silvermoon City",
                4080, "Isle of Quel'Danas", 3524, "Azuremyst Isle", 3525, "Bloodmyst Isle", 3557, "The Exodar");
        map(571, "Northrend", 65, "Dragonblight", 66, "Zul'Drak", 67, "The Storm Peaks", 210, "Icecrown",
                394, "Grizzly Hills", 495, "Howling Fjord", 2817, "Crystalsong Forest", 3537, "Borean Tundra",
                3711, "Sholazar Basin", 4197, "Wintergrasp", 4395, "Dalaran");
        map(609, "Ebon Hold", 4298, "Plaguelands: The Scarlet Enclave");
    }

    private World() {
    }

    private static void map(long id, String name, Object... zones) {
        MAPS.put(id, name);
        Map<Long, String> byId = new LinkedHashMap<>();
        for (int i = 0; i < zones.length; i += 2) {
            long zone = ((Integer) zones[i]).longValue();
            byId.put(zone, (String) zones[i + 1]);
            MAP_OF_ZONE.put(zone, id);
        }
        ZONES.put(id, Collections.unmodifiableMap(byId));
    }

    /** Known maps in display order. */
    public static Map<Long, String> maps() {
        return Collections.unmodifiableMap(MAPS);
    }

    /** Known zones of a map; empty for an unknown map. */
    public static Map<Long, String> zonesOf(long mapId) {
        return ZONES.getOrDefault(mapId, Map.of());
    }

    public static Optional<String> mapName(long mapId) {
        return Optional.ofNullable(MAPS.get(mapId));
    }

    public static Optional<String> zoneName(long zoneId) {
        Long map = MAP_OF_ZONE.get(zoneId);
        return map == null ? Optional.empty() : Optional.of(ZONES.get(map).get(zoneId));
    }

    /** "Elwynn Forest (12)" for a known zone, "Zone 9999" for an unknown one. */
    public static String zoneLabel(long zoneId) {
        return zoneName(zoneId).map(n -> n + " (" + zoneId + ")").orElse("Zone " + zoneId);
    }

    public static String mapLabel(long mapId) {
        return mapName(mapId).map(n -> n + " (" + mapId + ")").orElse("Map " + mapId);
    }

    /** The map a known zone lies on. */
    public static Optional<Long> mapOfZone(long zoneId) {
        return Optional.ofNullable(MAP_OF_ZONE.get(zoneId));
    }

    /** False only when both ids are known and the zone lies on another map. */
    public static boolean zoneFitsMap(long mapId, long zoneId) {
        Long actual = MAP_OF_ZONE.get(zoneId);
        return actual == null || !MAPS.containsKey(mapId) || actual == mapId;
    }

    public static String equipmentSlotName(int slot) {
        return slot >= 0 && slot < EQUIPMENT_SLOTS.size() ? EQUIPMENT_SLOTS.get(slot) : "Slot " + slot;
    }

    public static boolean isBag(int bag) {
        return BAG_POSITIONS.contains(bag) || bag == BACKPACK;
    }
}
