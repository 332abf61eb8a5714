package pbi.dao.compare;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import pbi.dao.columns.Column;
import pbi.dao.columns.Tables;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * Takes one field or one slot from another version of a bot into a bot: the pure half of "copy across" in the
 * compare window. The result is an ordinary edited bot; the caller puts it in the editor to be reviewed and saved.
 */
public final class Copy {

    private Copy() {
    }

    /** {@code target} with the state column {@code column} as {@code source} has it. */
    public static BotSnapshot field(BotSnapshot target, BotSnapshot source, String column) {
        Column<BotState> chosen = Tables.STATE.column(column);
        if (chosen.role() != Column.Role.VALUE) {
            throw new IllegalArgumentException(column + " is not a value that can be copied");
        }
        List<Column<BotState>> columns = Tables.STATE.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column<BotState> c = columns.get(i);
            values[i] = (c == chosen ? c.get(source.state()) : c.get(target.state()));
        }
        return target.withState(Tables.STATE.create().apply(values));
    }

    /**
     * {@code target} with what {@code source} holds at {@code place}: its item, owned by the target; or, when the
     * source holds nothing there, without the target's item.
     *
     * @param freshGuid the item guid to give the copy when the target already holds the source item's guid in
     *                  another place (an item guid is unique in the realm); the save checks it again
     */
    public static BotSnapshot slot(BotSnapshot target, BotSnapshot source, SlotRef place, BigInteger freshGuid) {
        BigInteger owner = target.guid();
        if (place.equipment()) {
            List<EquipmentItem> worn = new ArrayList<>(target.equipment().stream()
                    .filter(e -> e.slot() != place.slot()).toList());
            source.equippedAt(place.slot()).ifPresent(e -> {
                EquipmentItem copy = e.withGuid(owner);
                if (heldElsewhere(target, place, copy.itemGuid())) {
                    copy = new EquipmentItem(owner, copy.slot(), copy.itemId(), freshGuid, copy.enchantments(),
                            copy.gems(), copy.durability(), null);
                }
                worn.add(copy.withLastUpdated(null));
            });
            return target.withEquipment(worn);
        }
        List<InventoryItem> items = new ArrayList<>(target.inventory().stream()
                .filter(i -> i.bag() != place.bag() || i.slot() != place.slot()).toList());
        source.itemAt(place.bag(), place.slot()).ifPresent(i -> {
            InventoryItem copy = i.withGuid(owner);
            if (heldElsewhere(target, place, copy.itemGuid())) {
                copy = new InventoryItem(owner, copy.bag(), copy.slot(), copy.itemId(), freshGuid, copy.stackCount(),
                        copy.enchantments(), copy.durability(), null);
            }
            items.add(copy.withLastUpdated(null));
        });
        return target.withInventory(items);
    }

    private static boolean heldElsewhere(BotSnapshot bot, SlotRef place, BigInteger itemGuid) {
        boolean worn = bot.equipment().stream().anyMatch(e -> e.itemGuid().equals(itemGuid)
                && !(place.equipment() && e.slot() == place.slot()));
        boolean carried = bot.inventory().stream().anyMatch(i -> i.itemGuid().equals(itemGuid)
                && !(!place.equipment() && i.bag() == place.bag() && i.slot() == place.slot()));
        return worn || carried;
    }
}
