package pbi.dao.doctor;

import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.Enchantment;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.domain.Parsed;
import pbi.dao.domain.SafeText;
import pbi.dao.domain.World;

/**
 * The rules themselves, on values in memory. The scan's SQL only narrows the rows down; these methods decide, so
 * the database scan, the re-check after a fix and the GUI's markers always agree.
 */
public final class Checks {

    public static final int MAX_EQUIPMENT_SLOT = World.EQUIPMENT_SLOTS.size() - 1;
    private static final int LAST_BAG_SLOT = World.MAX_BAG_SLOTS - 1;

    private Checks() {
    }

    /**
     * Every rule a single bot can break on its own: state, inventory, equipment, and duplicates among its own rows.
     *
     * @param databaseNow the database's clock, for {@code last_updated}; null skips that rule
     */
    public static List<Finding> bot(BotSnapshot bot, Limits limits, LocalDateTime databaseNow) {
        List<Finding> findings = new ArrayList<>(state(bot.state(), limits, databaseNow));
        bot.inventory().forEach(i -> findings.addAll(inventory(i)));
        bot.equipment().forEach(e -> findings.addAll(equipment(e)));
        findings.addAll(duplicatesWithin(bot));
        return findings;
    }

    public static List<Finding> state(BotState s, Limits limits, LocalDateTime databaseNow) {
        List<Finding> out = new ArrayList<>();
        BigInteger guid = s.botGuid();
        String bound = "±" + number(centi(limits.worldHalfExtent()) / 100.0);
        if (beyond(s.positionX(), limits.worldHalfExtent())) {
            out.add(new Finding(guid, Rule.POSITION_OUT_OF_WORLD, Place.state("position_x"),
                    "x is " + s.positionX() + ", beyond " + bound + " of the map's centre", text(s.positionX())));
        }
        if (beyond(s.positionY(), limits.worldHalfExtent())) {
            out.add(new Finding(guid, Rule.POSITION_OUT_OF_WORLD, Place.state("position_y"),
                    "y is " + s.positionY() + ", beyond " + bound + " of the map's centre", text(s.positionY())));
        }
        if (!Float.isFinite(s.positionZ()) || Math.abs((double) s.positionZ()) > limits.maxAbsZ()) {
            out.add(new Finding(guid, Rule.POSITION_OUT_OF_WORLD, Place.state("position_z"),
                    "z is " + s.positionZ() + "; a plausible height is within ±" + number(limits.maxAbsZ())
                            + " yards", text(s.positionZ())));
        }
        float o = s.orientation();
        if (!Float.isFinite(o) || o < 0 || (double) o >= Limits.TWO_PI) {
            out.add(new Finding(guid, Rule.ORIENTATION_OUT_OF_RANGE, Place.state("orientation"),
                    "orientation is " + o + " radians; it must be at least 0 and below 2π (6.2831855)", text(o)));
        }
        if (s.level() < 1 || s.level() > limits.maxLevel()) {
            out.add(new Finding(guid, Rule.LEVEL_OUT_OF_RANGE, Place.state("level"),
                    "level is " + s.level() + "; it must be 1 to " + limits.maxLevel(), String.valueOf(s.level())));
        }
        if (s.goldCopper().compareTo(limits.goldCap()) > 0) {
            out.add(new Finding(guid, Rule.GOLD_OVER_CAP, Place.state("gold_copper"),
                    "gold is " + Money.format(s.goldCopper()) + " (" + s.goldCopper() + " copper); the cap is "
                            + Money.format(limits.goldCap()), s.goldCopper().toString()));
        }
        if (s.health() >= Limits.WRAPPED_THRESHOLD) {
            out.add(new Finding(guid, Rule.HEALTH_WRAPPED, Place.state("health"),
                    "health is " + s.health() + ", which is " + (s.health() - (1L << 32)) + " wrapped around",
                    String.valueOf(s.health())));
        }
        if (s.mana() >= Limits.WRAPPED_THRESHOLD) {
            out.add(new Finding(guid, Rule.MANA_WRAPPED, Place.state("mana"),
                    "mana is " + s.mana() + ", which is " + (s.mana() - (1L << 32)) + " wrapped around",
                    String.valueOf(s.mana())));
        }
        if (!World.zoneFitsMap(s.mapId(), s.zoneId())) {
            out.add(new Finding(guid, Rule.ZONE_NOT_ON_MAP, Place.state("zone_id"),
                    World.zoneLabel(s.zoneId()) + " lies on "
                            + World.mapLabel(World.mapOfZone(s.zoneId()).orElseThrow()) + ", not on "
                            + World.mapLabel(s.mapId()), String.valueOf(s.zoneId())));
        }
        if (databaseNow != null && s.lastUpdated() != null && s.lastUpdated().isAfter(databaseNow)) {
            out.add(new Finding(guid, Rule.UPDATED_IN_FUTURE, Place.state("last_updated"),
                    "last_updated is " + s.lastUpdated() + ", later than the database's clock (" + databaseNow + ")",
                    s.lastUpdated().toString()));
        }
        return out;
    }

    public static List<Finding> inventory(InventoryItem i) {
        List<Finding> out = new ArrayList<>();
        BigInteger guid = i.botGuid();
        if (!World.isBag(i.bag())) {
            out.add(new Finding(guid, Rule.BAG_NOT_A_BAG, Place.inventory(i.bag(), i.slot(), "bag"),
                    "bag position " + i.bag() + " is not a bag; bags are 19-22 and the backpack is 255",
                    String.valueOf(i.bag())));
        } else if (!slotFitsBag(i.bag(), i.slot())) {
            String legal = i.bag() == World.BACKPACK
                    ? World.BACKPACK_FIRST_SLOT + "-" + World.BACKPACK_LAST_SLOT : "0-" + LAST_BAG_SLOT;
            out.add(new Finding(guid, Rule.SLOT_BEYOND_BAG, Place.inventory(i.bag(), i.slot(), "slot"),
                    "slot " + i.slot() + " is beyond bag " + i.bag() + "; its slots are " + legal,
                    String.valueOf(i.slot())));
        }
        if (i.stackCount() == 0) {
            out.add(new Finding(guid, Rule.STACK_ZERO, Place.inventory(i.bag(), i.slot(), "stack_count"),
                    "stack count is 0; a stack holds at least 1", "0"));
        }
        if (i.itemId() == 0) {
            out.add(new Finding(guid, Rule.INVENTORY_ITEM_ID_ZERO, Place.inventory(i.bag(), i.slot(), "item_id"),
                    "item id is 0", "0"));
        }
        Parsed<Enchantment> enchantments = ItemStrings.parseEnchantments(i.enchantments());
        if (!enchantments.valid()) {
            out.add(new Finding(guid, Rule.INVENTORY_ENCHANTMENTS_MALFORMED,
                    Place.inventory(i.bag(), i.slot(), "enchantments"),
                    "enchantments " + SafeText.quoted(i.enchantments()) + ": " + enchantments.describeProblems(),
                    i.enchantments()));
        }
        return out;
    }

    public static List<Finding> equipment(EquipmentItem e) {
        List<Finding> out = new ArrayList<>();
        BigInteger guid = e.botGuid();
        if (e.slot() > MAX_EQUIPMENT_SLOT) {
            out.add(new Finding(guid, Rule.EQUIPMENT_SLOT_OUT_OF_RANGE, Place.equipment(e.slot(), "slot"),
                    "equipment slot " + e.slot() + " does not exist; slots are 0-" + MAX_EQUIPMENT_SLOT,
                    String.valueOf(e.slot())));
        }
        if (e.itemId() == 0) {
            out.add(new Finding(guid, Rule.EQUIPMENT_ITEM_ID_ZERO, Place.equipment(e.slot(), "item_id"),
                    "item id is 0", "0"));
        }
        Parsed<Long> gems = ItemStrings.parseGems(e.gems());
        if (!gems.valid()) {
            int tokens = e.gems().split(",", -1).length;
            boolean tooMany = tokens > ItemStrings.MAX_GEMS;
            if (tooMany) {
                out.add(new Finding(guid, Rule.TOO_MANY_GEMS, Place.equipment(e.slot(), "gems"),
                        "gems " + SafeText.quoted(e.gems()) + ": " + tokens + " gems, but an item has at most "
                                + ItemStrings.MAX_GEMS + " sockets", e.gems()));
            }
            if (gems.problems().size() > (tooMany ? 1 : 0)) {
                List<String> problems = tooMany ? gems.problems().subList(0, gems.problems().size() - 1)
                        : gems.problems();
                out.add(new Finding(guid, Rule.GEMS_MALFORMED, Place.equipment(e.slot(), "gems"),
                        "gems " + SafeText.quoted(e.gems()) + ": " + String.join("; ", problems), e.gems()));
            }
        }
        Parsed<Enchantment> enchantments = ItemStrings.parseEnchantments(e.enchantments());
        if (!enchantments.valid()) {
            out.add(new Finding(guid, Rule.EQUIPMENT_ENCHANTMENTS_MALFORMED, Place.equipment(e.slot(), "enchantments"),
                    "enchantments " + SafeText.quoted(e.enchantments()) + ": " + enchantments.describeProblems(),
                    e.enchantments()));
        }
        return out;
    }

    /** The same item guid in two rows of one bot. Every copy is reported. */
    public static List<Finding> duplicatesWithin(BotSnapshot bot) {
        Map<BigInteger, List<Place>> places = new LinkedHashMap<>();
        bot.equipment().forEach(e -> places.computeIfAbsent(e.itemGuid(), g -> new ArrayList<>())
                .add(Place.equipment(e.slot(), "item_guid")));
        bot.inventory().forEach(i -> places.computeIfAbsent(i.itemGuid(), g -> new ArrayList<>())
                .add(Place.inventory(i.bag(), i.slot(), "item_guid")));
        List<Finding> out = new ArrayList<>();
        places.forEach((itemGuid, where) -> {
            if (where.size() > 1) {
                for (Place p : where) {
                    out.add(duplicate(bot.guid(), p, itemGuid, where.stream().filter(o -> o != p)
                            .map(o -> "this bot's " + o.describe().replace(" (item_guid)", "")).toList()));
                }
            }
        });
        return out;
    }

    static Finding duplicate(BigInteger botGuid, Place place, BigInteger itemGuid, List<String> others) {
        return new Finding(botGuid, Rule.DUPLICATE_ITEM_GUID, place,
                "item guid " + itemGuid + " is also in " + String.join(", ", others), itemGuid.toString());
    }

    public static boolean slotFitsBag(int bag, int slot) {
        if (bag == World.BACKPACK) {
            return slot >= World.BACKPACK_FIRST_SLOT && slot <= World.BACKPACK_LAST_SLOT;
        }
        return slot >= 0 && slot <= LAST_BAG_SLOT;
    }

    /**
     * Beyond the half-extent as people read it, to the hundredth of a yard: the limit is "17,066.67", and the float
     * nearest to 17066.67 is not beyond it.
     */
    static boolean beyond(float value, double halfExtent) {
        return !Float.isFinite(value) || centi(Math.abs((double) value)) > centi(halfExtent);
    }

    private static long centi(double value) {
        return Math.round(value * 100);
    }

    private static String text(float value) {
        return Float.toString(value);
    }

    private static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
