package pbi.dao.doctor;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemChecks;
import pbi.dao.world.ItemFinding;
import pbi.dao.world.ItemSql;
import pbi.dao.world.WorldLocation;

/**
 * The item rules within a scan. The server narrows the bots down, in one pass over each table that joins
 * {@code item_template} when the world database shares the server, or else by streaming the item columns past the
 * catalog; then each suspect bot's rows are judged by {@link ItemChecks}, as the window's markers are.
 */
final class ItemScan {

    /** Reads one bot's item rows (the scan's mappers; this class may not touch them itself). */
    interface RowReader {
        BotItems read(BigInteger guid);
    }

    record BotItems(List<InventoryItem> inventory, List<EquipmentItem> equipment) {
    }

    /** A class no one has, so that the streaming pre-check treats a two-hander in the off hand as suspect. */
    private static final int NOT_A_WARRIOR = 0;

    private ItemScan() {
    }

    /**
     * Runs the item rules over the scope.
     *
     * @param items the realm's items; null when no world database was looked for
     * @return why the item rules were skipped, or empty when they ran
     */
    static Optional<String> run(Connection connection, Scope scope, ItemCatalog items, RowReader rows,
            Consumer<Finding> emit, BooleanSupplier cancelled) throws SQLException {
        if (items == null) {
            return Optional.of("no world database was looked for");
        }
        if (!items.available()) {
            return Optional.of(items.unavailableReason().orElse("no world data"));
        }
        boolean characters = hasCharacters(connection);
        Optional<WorldLocation> sameServer = items.location().filter(WorldLocation::sameServer);
        Set<BigInteger> suspects = sameServer.isPresent()
                ? suspectsInSql(connection, scope, sameServer.get(), characters)
                : suspectsByStreaming(connection, scope, items, cancelled);
        for (BigInteger guid : suspects) {
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            BotItems bot = rows.read(guid);
            Integer classId = characters ? classOf(connection, guid) : null;
            for (ItemFinding f : ItemChecks.check(bot.inventory(), bot.equipment(), classId, items)) {
                emit.accept(finding(guid, f));
            }
        }
        return Optional.empty();
    }

    static Finding finding(BigInteger guid, ItemFinding f) {
        Place place = f.equipment() ? Place.equipment(f.slot(), f.column())
                : Place.inventory(f.bag(), f.slot(), f.column());
        return new Finding(guid, Rule.of(f.rule()), place, f.detail(), f.value());
    }

    private static Set<BigInteger> suspectsInSql(Connection connection, Scope scope, WorldLocation world,
            boolean characters) throws SQLException {
        Set<BigInteger> out = new java.util.TreeSet<>();
        for (String pass : ItemSql.suspectPasses(world, characters)) {
            // The whole database needs no join: orphan rows are checked like any other, as the other item rules do.
            String sql = scope.whole() ? pass : "SELECT x.bot_guid FROM (" + pass + ") x"
                    + " JOIN playerbot_state s ON s.bot_guid = x.bot_guid" + where(scope);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (!scope.whole()) {
                    bind(statement, scope);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getBigDecimal(1).toBigIntegerExact());
                    }
                }
            }
        }
        return out;
    }

    /** The world database is elsewhere: the item columns stream past the catalog, row by row, never all in memory. */
    private static Set<BigInteger> suspectsByStreaming(Connection connection, Scope scope, ItemCatalog items,
            BooleanSupplier cancelled) throws SQLException {
        Set<BigInteger> out = new LinkedHashSet<>();
        String inventory = "SELECT i.bot_guid, i.bag, i.slot, i.item_id, i.stack_count, i.durability"
                + " FROM playerbot_inventory i" + (scope.whole() ? ""
                        : " JOIN playerbot_state s ON s.bot_guid = i.bot_guid" + where(scope));
        stream(connection, inventory, scope, cancelled, rs -> {
            BigInteger guid = rs.getBigDecimal(1).toBigIntegerExact();
            InventoryItem item = new InventoryItem(guid, rs.getInt(2), rs.getInt(3), rs.getLong(4), BigInteger.ZERO,
                    rs.getLong(5), null, rs.getLong(6), null);
            if (!out.contains(guid) && !ItemChecks.checkInventoryItem(item, items).isEmpty()) {
                out.add(guid);
            }
        });
        String equipment = "SELECT e.bot_guid, e.slot, e.item_id, e.gems, e.durability"
                + " FROM playerbot_equipment e" + (scope.whole() ? ""
                        : " JOIN playerbot_state s ON s.bot_guid = e.bot_guid" + where(scope));
        stream(connection, equipment, scope, cancelled, rs -> {
            BigInteger guid = rs.getBigDecimal(1).toBigIntegerExact();
            EquipmentItem item = new EquipmentItem(guid, rs.getInt(2), rs.getLong(3), BigInteger.ZERO, null,
                    rs.getString(4), rs.getLong(5), null);
            if (!out.contains(guid) && !ItemChecks.checkEquipmentItem(item, NOT_A_WARRIOR, items).isEmpty()) {
                out.add(guid);
            }
        });
        return out;
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void stream(Connection connection, String sql, Scope scope, BooleanSupplier cancelled,
            RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            // Connector/J streams a result row by row only with this fetch size.
            statement.setFetchSize(Integer.MIN_VALUE);
            bind(statement, scope);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (cancelled.getAsBoolean()) {
                        statement.cancel();
                        return;
                    }
                    handler.row(rs);
                }
            }
        }
    }

    private static String where(Scope scope) {
        List<String> conditions = new ArrayList<>();
        if (scope.botGuid() != null) {
            conditions.add("s.bot_guid = ?");
        }
        if (scope.mapId() != null) {
            conditions.add("s.map_id = ?");
        }
        if (scope.zoneId() != null) {
            conditions.add("s.zone_id = ?");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(PreparedStatement statement, Scope scope) throws SQLException {
        int p = 1;
        if (scope.botGuid() != null) {
            statement.setBigDecimal(p++, new java.math.BigDecimal(scope.botGuid()));
        }
        if (scope.mapId() != null) {
            statement.setLong(p++, scope.mapId());
        }
        if (scope.zoneId() != null) {
            statement.setLong(p, scope.zoneId());
        }
    }

    static boolean hasCharacters(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'characters'");
                ResultSet rs = statement.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    static Integer classOf(Connection connection, BigInteger guid) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT class FROM characters WHERE guid = ?")) {
            statement.setBigDecimal(1, new java.math.BigDecimal(guid));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }
}
