package pbi.app.gui.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/** A read-only JSON view of a bot for the JSON tab, until the transfer module's exporter replaces it. */
public final class JsonDump {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonDump() {
    }

    public static String of(BotSnapshot bot) {
        if (bot == null) {
            return "";
        }
        BotState s = bot.state();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("bot_guid", s.botGuid());
        state.put("position_x", s.positionX());
        state.put("position_y", s.positionY());
        state.put("position_z", s.positionZ());
        state.put("map_id", s.mapId());
        state.put("zone_id", s.zoneId());
        state.put("orientation", s.orientation());
        state.put("gold_copper", s.goldCopper());
        state.put("health", s.health());
        state.put("mana", s.mana());
        state.put("level", s.level());
        state.put("last_updated", s.lastUpdated() == null ? null : s.lastUpdated().toString());
        List<Map<String, Object>> inventory = bot.inventory().stream().map(JsonDump::item).toList();
        List<Map<String, Object>> equipment = bot.equipment().stream().map(JsonDump::worn).toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("state", state);
        root.put("inventory", inventory);
        root.put("equipment", equipment);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            return "Cannot show this bot as JSON: " + e.getOriginalMessage();
        }
    }

    private static Map<String, Object> item(InventoryItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bag", i.bag());
        m.put("slot", i.slot());
        m.put("item_id", i.itemId());
        m.put("item_guid", i.itemGuid());
        m.put("stack_count", i.stackCount());
        m.put("enchantments", i.enchantments());
        m.put("durability", i.durability());
        return m;
    }

    private static Map<String, Object> worn(EquipmentItem e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slot", e.slot());
        m.put("item_id", e.itemId());
        m.put("item_guid", e.itemGuid());
        m.put("enchantments", e.enchantments());
        m.put("gems", e.gems());
        m.put("durability", e.durability());
        return m;
    }
}
