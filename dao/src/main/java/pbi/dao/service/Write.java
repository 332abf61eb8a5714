package pbi.dao.service;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.columns.Assignment;
import pbi.dao.domain.BotState;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.mapper.EquipmentMapper;
import pbi.dao.mapper.InventoryMapper;
import pbi.dao.mapper.StateMapper;

/**
 * Every statement a unit of work may plan, each bound to its typed mapper method. The statement id is needed only to
 * print the SQL for review; it is derived from the mapper and method, which are checked to exist when this loads.
 */
public enum Write {
    INSERT_STATE(StateMapper.class, "insertState", (s, p) -> s.getMapper(StateMapper.class).insertState((BotState) p)),
    UPDATE_STATE(StateMapper.class, "updateStateColumns", (s, p) -> {
        StateChange c = (StateChange) p;
        return s.getMapper(StateMapper.class).updateStateColumns(c.botGuid(), c.set());
    }, p -> Map.of("botGuid", ((StateChange) p).botGuid(), "set", ((StateChange) p).set())),
    TOUCH_STATE(StateMapper.class, "touchState", (s, p) -> s.getMapper(StateMapper.class).touchState((BigInteger) p)),
    DELETE_STATE(StateMapper.class, "deleteState", (s, p) -> s.getMapper(StateMapper.class)
            .deleteState((BigInteger) p)),

    INSERT_INVENTORY_ITEM(InventoryMapper.class, "insertInventoryItem", (s, p) -> s.getMapper(InventoryMapper.class)
            .insertInventoryItem((InventoryItem) p)),
    UPDATE_INVENTORY_ITEM(InventoryMapper.class, "updateInventoryItem", (s, p) -> s.getMapper(InventoryMapper.class)
            .updateInventoryItem((InventoryItem) p)),
    DELETE_INVENTORY_ITEM(InventoryMapper.class, "deleteInventoryItem", (s, p) -> {
        InventorySlot at = (InventorySlot) p;
        return s.getMapper(InventoryMapper.class).deleteInventoryItem(at.botGuid(), at.bag(), at.slot());
    }, p -> Map.of("botGuid", ((InventorySlot) p).botGuid(), "bag", ((InventorySlot) p).bag(),
            "slot", ((InventorySlot) p).slot())),
    DELETE_INVENTORY(InventoryMapper.class, "deleteInventory", (s, p) -> s.getMapper(InventoryMapper.class)
            .deleteInventory((BigInteger) p)),

    INSERT_EQUIPMENT_ITEM(EquipmentMapper.class, "insertEquipmentItem", (s, p) -> s.getMapper(EquipmentMapper.class)
            .insertEquipmentItem((EquipmentItem) p)),
    UPDATE_EQUIPMENT_ITEM(EquipmentMapper.class, "updateEquipmentItem", (s, p) -> s.getMapper(EquipmentMapper.class)
            .updateEquipmentItem((EquipmentItem) p)),
    DELETE_EQUIPMENT_ITEM(EquipmentMapper.class, "deleteEquipmentItem", (s, p) -> {
        EquipmentSlot at = (EquipmentSlot) p;
        return s.getMapper(EquipmentMapper.class).deleteEquipmentItem(at.botGuid(), at.slot());
    }, p -> Map.of("botGuid", ((EquipmentSlot) p).botGuid(), "slot", ((EquipmentSlot) p).slot())),
    DELETE_EQUIPMENT(EquipmentMapper.class, "deleteEquipment", (s, p) -> s.getMapper(EquipmentMapper.class)
            .deleteEquipment((BigInteger) p));

    /** The parameter of {@link #UPDATE_STATE}. */
    public record StateChange(BigInteger botGuid, List<Assignment> set) {
    }

    /** The parameter of {@link #DELETE_INVENTORY_ITEM}. */
    public record InventorySlot(BigInteger botGuid, int bag, int slot) {
    }

    /** The parameter of {@link #DELETE_EQUIPMENT_ITEM}. */
    public record EquipmentSlot(BigInteger botGuid, int slot) {
    }

    private final String statementId;
    private final BiFunction<SqlSession, Object, Integer> call;
    private final Function<Object, Object> bound;

    Write(Class<?> mapper, String method, BiFunction<SqlSession, Object, Integer> call) {
        this(mapper, method, call, Function.identity());
    }

    Write(Class<?> mapper, String method, BiFunction<SqlSession, Object, Integer> call,
            Function<Object, Object> bound) {
        if (Arrays.stream(mapper.getMethods()).noneMatch(m -> m.getName().equals(method))) {
            throw new IllegalStateException(mapper.getName() + " has no method " + method);
        }
        this.statementId = mapper.getName() + "." + method;
        this.call = call;
        this.bound = bound;
    }

    /** Runs the statement through its mapper method; returns the rows it touched. */
    int run(SqlSession session, Object parameter) {
        return call.apply(session, parameter);
    }

    /** The mapper statement's id, to print its SQL. */
    public String statementId() {
        return statementId;
    }

    /** The parameter as MyBatis binds it for the statement: the named parameters of a multi-argument method. */
    Object boundParameter(Object parameter) {
        return bound.apply(parameter);
    }
}
