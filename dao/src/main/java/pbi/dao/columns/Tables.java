package pbi.dao.columns;

import static pbi.dao.columns.Column.Role.KEY;
import static pbi.dao.columns.Column.Role.OWNER;
import static pbi.dao.columns.Column.Role.STAMP;
import static pbi.dao.columns.Column.Role.VALUE;
import static pbi.dao.columns.SqlType.BIGINT_UNSIGNED;
import static pbi.dao.columns.SqlType.FLOAT;
import static pbi.dao.columns.SqlType.INT_UNSIGNED;
import static pbi.dao.columns.SqlType.TEXT;
import static pbi.dao.columns.SqlType.TIMESTAMP;
import static pbi.dao.columns.SqlType.TINYINT_UNSIGNED;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.List;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * The three playerbot tables, column by column, in the order of {@code resources/schema/playerbot.sql}. The JSON
 * reader and writer, the bulk JDBC paths, range checks, differences and the state UPDATE all take their columns from
 * here. Adding a column means a record component, a line here, and in {@code mappers/} the table's
 * {@code writtenColumns}/{@code writtenValues} fragments, result map (ColumnsTest checks those agree with this list
 * and with the schema) and, for a child table, its UPDATE's value list; plus the JSON schema.
 */
public final class Tables {

    public static final Table<BotState> STATE = new Table<>("playerbot_state", List.of(
            new Column<BotState>("bot_guid", BIGINT_UNSIGNED, OWNER, BotState::botGuid),
            new Column<BotState>("position_x", FLOAT, VALUE, BotState::positionX),
            new Column<BotState>("position_y", FLOAT, VALUE, BotState::positionY),
            new Column<BotState>("position_z", FLOAT, VALUE, BotState::positionZ),
            new Column<BotState>("map_id", INT_UNSIGNED, VALUE, BotState::mapId),
            new Column<BotState>("zone_id", INT_UNSIGNED, VALUE, BotState::zoneId),
            new Column<BotState>("orientation", FLOAT, VALUE, BotState::orientation),
            new Column<BotState>("gold_copper", BIGINT_UNSIGNED, VALUE, BotState::goldCopper),
            new Column<BotState>("health", INT_UNSIGNED, VALUE, BotState::health),
            new Column<BotState>("mana", INT_UNSIGNED, VALUE, BotState::mana),
            new Column<BotState>("level", TINYINT_UNSIGNED, VALUE, BotState::level),
            new Column<BotState>("last_updated", TIMESTAMP, STAMP, BotState::lastUpdated)),
            v -> new BotState((BigInteger) v[0], (Float) v[1], (Float) v[2], (Float) v[3], (Long) v[4], (Long) v[5],
                    (Float) v[6], (BigInteger) v[7], (Long) v[8], (Long) v[9], (Integer) v[10],
                    (LocalDateTime) v[11]));

    public static final Table<InventoryItem> INVENTORY = new Table<>("playerbot_inventory", List.of(
            new Column<InventoryItem>("bot_guid", BIGINT_UNSIGNED, OWNER, InventoryItem::botGuid),
            new Column<InventoryItem>("bag", TINYINT_UNSIGNED, KEY, InventoryItem::bag),
            new Column<InventoryItem>("slot", TINYINT_UNSIGNED, KEY, InventoryItem::slot),
            new Column<InventoryItem>("item_id", INT_UNSIGNED, VALUE, InventoryItem::itemId),
            new Column<InventoryItem>("item_guid", BIGINT_UNSIGNED, VALUE, InventoryItem::itemGuid),
            new Column<InventoryItem>("stack_count", INT_UNSIGNED, VALUE, InventoryItem::stackCount),
            new Column<InventoryItem>("enchantments", TEXT, VALUE, InventoryItem::enchantments),
            new Column<InventoryItem>("durability", INT_UNSIGNED, VALUE, InventoryItem::durability),
            new Column<InventoryItem>("last_updated", TIMESTAMP, STAMP, InventoryItem::lastUpdated)),
            v -> new InventoryItem((BigInteger) v[0], (Integer) v[1], (Integer) v[2], (Long) v[3], (BigInteger) v[4],
                    (Long) v[5], (String) v[6], (Long) v[7], (LocalDateTime) v[8]));

    public static final Table<EquipmentItem> EQUIPMENT = new Table<>("playerbot_equipment", List.of(
            new Column<EquipmentItem>("bot_guid", BIGINT_UNSIGNED, OWNER, EquipmentItem::botGuid),
            new Column<EquipmentItem>("slot", TINYINT_UNSIGNED, KEY, EquipmentItem::slot),
            new Column<EquipmentItem>("item_id", INT_UNSIGNED, VALUE, EquipmentItem::itemId),
            new Column<EquipmentItem>("item_guid", BIGINT_UNSIGNED, VALUE, EquipmentItem::itemGuid),
            new Column<EquipmentItem>("enchantments", TEXT, VALUE, EquipmentItem::enchantments),
            new Column<EquipmentItem>("gems", TEXT, VALUE, EquipmentItem::gems),
            new Column<EquipmentItem>("durability", INT_UNSIGNED, VALUE, EquipmentItem::durability),
            new Column<EquipmentItem>("last_updated", TIMESTAMP, STAMP, EquipmentItem::lastUpdated)),
            v -> new EquipmentItem((BigInteger) v[0], (Integer) v[1], (Long) v[2], (BigInteger) v[3], (String) v[4],
                    (String) v[5], (Long) v[6], (LocalDateTime) v[7]));

    private Tables() {
    }
}
