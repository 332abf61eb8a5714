package pbi.dao.bulk;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.Placement;
import pbi.dao.world.ItemLookup;

/** Checks a set of bulk edits before anything is planned, and applies them to one bot. Pure. */
public final class BulkEdits {

    private BulkEdits() {
    }

    /** A bot as the edits leave it, and what they changed. */
    public record Result(BotSnapshot after, List<String> changes) {
    }

    /** Applies every edit in order. */
    public static Result apply(BotSnapshot bot, List<BulkEdit> edits, ItemLookup items) {
        List<String> changes = new ArrayList<>();
        BotSnapshot now = bot;
        for (BulkEdit edit : edits) {
            now = edit.apply(now, items, changes);
        }
        return new Result(now, List.copyOf(changes));
    }

    /**
     * What is wrong with the edits, one line each; empty when they can be planned. The same rules as the editor:
     * gold up to the cap, a level the server accepts, a position on its map and in its zone.
     *
     * @param itemsAvailable false when there is no world data (repairing durability then cannot be planned)
     * @param noItemsReason why there is no world data, for the message
     */
    public static List<String> problems(List<BulkEdit> edits, Limits limits, boolean itemsAvailable,
            String noItemsReason) {
        List<String> out = new ArrayList<>();
        if (edits.isEmpty()) {
            out.add("Choose at least one edit");
        }
        for (BulkEdit edit : edits) {
            if (edit instanceof BulkEdit.SetGold g) {
                gold("Gold to set", g.copper(), limits, out);
            } else if (edit instanceof BulkEdit.CapGold g) {
                gold("The gold cap", g.copper(), limits, out);
            } else if (edit instanceof BulkEdit.SetLevel l && (l.level() < 1 || l.level() > limits.maxLevel())) {
                out.add("The level must be from 1 to " + limits.maxLevel() + ", not " + l.level());
            } else if (edit instanceof BulkEdit.RepairDurability && !itemsAvailable) {
                out.add("Repairing durability needs the world database (item_template's MaxDurability), and there is"
                        + " none: " + (noItemsReason == null ? "no world data" : noItemsReason));
            } else if (edit instanceof BulkEdit.Teleport t) {
                teleport(t, limits, out);
            } else if (edit instanceof BulkEdit.RemoveItem r && (r.itemId() < 0 || r.itemId() > 0xFFFF_FFFFL)) {
                out.add("Item id " + r.itemId() + " is not an item id");
            }
        }
        return out;
    }

    /** "MAP,ZONE,X,Y,Z" as the command line takes it. */
    public static BulkEdit.Teleport parseTeleport(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("A position is MAP,ZONE,X,Y,Z (for example 0,12,-8949.9,-132.5,83.5),"
                    + " not \"" + text + "\"");
        }
        try {
            return new BulkEdit.Teleport(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()),
                    Float.parseFloat(parts[2].strip()), Float.parseFloat(parts[3].strip()),
                    Float.parseFloat(parts[4].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A position is MAP,ZONE,X,Y,Z with whole map and zone ids and decimal"
                    + " coordinates, not \"" + text + "\"");
        }
    }

    private static void gold(String what, BigInteger copper, Limits limits, List<String> out) {
        if (copper.signum() < 0) {
            out.add(what + " cannot be negative");
        } else if (copper.compareTo(limits.goldCap()) > 0) {
            out.add(Money.atMost(what, limits.goldCap()));
        }
    }

    private static void teleport(BulkEdit.Teleport t, Limits limits, List<String> out) {
        if (t.mapId() < 0 || t.mapId() > 0xFFFF_FFFFL || t.zoneId() < 0 || t.zoneId() > 0xFFFF_FFFFL) {
            out.add("The map and zone ids must be from 0 to 4294967295");
            return;
        }
        if (!World.zoneFitsMap(t.mapId(), t.zoneId())) {
            out.add(World.zoneLabel(t.zoneId()) + " is not on " + World.mapLabel(t.mapId())
                    + "; choose a zone of that map");
            return;
        }
        if (!Float.isFinite(t.z()) || Math.abs(t.z()) > limits.maxAbsZ()) {
            out.add("The height z must be within ±" + (long) limits.maxAbsZ() + " yards, not " + t.z());
            return;
        }
        Placement placement = Placement.of(Atlas.standard(), t.mapId(), t.zoneId(), t.x(), t.y(),
                limits.worldHalfExtent());
        if (placement.isImpossible()) {
            out.add("The position is impossible: " + placement.reason());
        }
    }
}
