package pbi.app.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pbi.dao.domain.Enchantment;
import pbi.dao.domain.ItemStrings;
import pbi.dao.domain.Parsed;
import pbi.dao.world.EnchantNames;
import pbi.dao.world.GemNames;
import pbi.dao.world.InventoryType;
import pbi.dao.world.ItemTemplate;

/**
 * What the game's tooltip would say about one stored item, as lines with a tone each; a pure function of the row
 * and its template, so that it is tested without a toolkit and drawn by {@link ItemTooltip}.
 */
public record ItemDescription(List<Line> lines) {

    /** How a line is drawn: the name in its quality colour, the rest as the game's tooltip colours them. */
    public enum Tone { NAME, UNKNOWN, ITEM_LEVEL, PLAIN, GREEN, EMPTY_SOCKET, GEM, NOTE, WARNING }

    /**
     * One line.
     *
     * @param color the quality colour for {@link Tone#NAME}, else null
     * @param right text aligned right on the same line ("Two-Hand" beside nothing, "×20"), or null
     */
    public record Line(String text, Tone tone, String color, String right) {
        static Line of(String text, Tone tone) {
            return new Line(text, tone, null, null);
        }
    }

    /** The stored values of one inventory or equipment row. */
    public record Stored(long itemId, String guid, Long stack, long durability, String enchantments, String gems,
            Integer equipmentSlot) {
    }

    /**
     * @param template the item's template, or empty when unknown
     * @param namesAvailable false when there is no world data at all (so unknown does not mean corrupt)
     */
    public static ItemDescription of(Stored row, Optional<ItemTemplate> template, boolean namesAvailable) {
        List<Line> lines = new ArrayList<>();
        ItemTemplate item = template.orElse(null);
        if (item == null) {
            lines.add(new Line("#" + row.itemId(), Tone.UNKNOWN, null, null));
            lines.add(Line.of(namesAvailable ? "Unknown item: not in the world database's item_template"
                    : "Item names are unavailable", Tone.WARNING));
        } else {
            lines.add(new Line(item.name(), Tone.NAME, item.quality().color(), null));
            if (item.itemLevel() > 0) {
                lines.add(Line.of("Item Level " + item.itemLevel(), Tone.ITEM_LEVEL));
            }
            String kind = kind(item);
            if (kind != null) {
                lines.add(Line.of(kind, Tone.PLAIN));
            }
        }
        if (row.stack() != null && (row.stack() != 1 || item != null && item.maxStack() > 1)) {
            lines.add(Line.of("Stack " + row.stack() + (item == null ? "" : " / " + item.maxStack()), Tone.PLAIN));
        }
        if (item != null && item.hasDurability()) {
            lines.add(Line.of("Durability " + row.durability() + " / " + item.maxDurability(),
                    row.durability() == 0 ? Tone.WARNING : Tone.PLAIN));
        } else if (row.durability() != 0 || item == null) {
            lines.add(Line.of("Durability " + row.durability() + (item == null ? "" : " (this item has none)"),
                    item == null ? Tone.PLAIN : Tone.WARNING));
        }
        enchantments(lines, row.enchantments());
        sockets(lines, item, row);
        lines.add(Line.of("Item " + row.itemId() + " · guid " + row.guid(), Tone.NOTE));
        return new ItemDescription(List.copyOf(lines));
    }

    private static String kind(ItemTemplate item) {
        if (item.inventoryType() == InventoryType.BAG.code() && item.containerSlots() > 0) {
            return item.containerSlots() + " Slot Bag";
        }
        return InventoryType.of(item.inventoryType()).map(t -> t == InventoryType.NON_EQUIP ? null : t.kind())
                .orElse(item.kind());
    }

    private static void enchantments(List<Line> lines, String raw) {
        Parsed<Enchantment> parsed = ItemStrings.parseEnchantments(raw);
        for (Enchantment e : parsed.values()) {
            String name = EnchantNames.name(e.enchantId()).orElse("Enchantment " + e.enchantId());
            lines.add(Line.of(e.durationSeconds() == 0 ? name : name + " (" + timeLeft(e.durationSeconds()) + ")",
                    Tone.GREEN));
        }
        if (!parsed.valid()) {
            lines.add(Line.of("Malformed enchantments \"" + raw + "\"", Tone.WARNING));
        }
    }

    private static void sockets(List<Line> lines, ItemTemplate item, Stored row) {
        Parsed<Long> gems = ItemStrings.parseGems(row.gems());
        List<Integer> colors = item == null ? List.of() : item.socketColors();
        List<Long> set = gems.values();
        for (int i = 0; i < Math.max(colors.size(), set.size()); i++) {
            String socket = i < colors.size() ? ItemTemplate.socketColorName(colors.get(i)) + " Socket"
                    : item == null ? "Socket " + (i + 1) : "Added Socket";
            if (i < set.size()) {
                lines.add(Line.of(socket + ": " + gemName(set.get(i)), Tone.GEM));
            } else {
                lines.add(Line.of(socket, Tone.EMPTY_SOCKET));
            }
        }
        if (!gems.valid()) {
            lines.add(Line.of("Malformed gems \"" + row.gems() + "\"", Tone.WARNING));
        }
    }

    private static String gemName(long gemId) {
        return GemNames.find(gemId).map(g -> g.name() + " (" + g.color() + ")").orElse("gem #" + gemId);
    }

    /** Seconds left as the game's tooltip says it: "45 sec", "12 min", "2 hours", "3 days". */
    public static String timeLeft(long seconds) {
        if (seconds < 60) {
            return seconds + " sec";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 86_400) {
            long h = seconds / 3600;
            return h + (h == 1 ? " hour" : " hours");
        }
        long d = seconds / 86_400;
        return d + (d == 1 ? " day" : " days");
    }

    /** The lines as plain text, one a line, for accessibility and tests. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.text());
            if (line.right() != null) {
                out.append("  ").append(line.right());
            }
        }
        return out.toString();
    }
}
