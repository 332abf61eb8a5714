package pbi.dao.world;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the columns the tool needs from {@code item_template}. Plain JDBC rather than a mapper: the schema name is
 * only known at run time, and every number is read as a long so that TrinityCore's and AzerothCore's different
 * widths and signedness read alike.
 */
public final class ItemTemplateReader {

    static final String COLUMNS = "entry, name, Quality, InventoryType, ItemLevel, RequiredLevel, stackable,"
            + " MaxDurability, socketColor_1, socketColor_2, socketColor_3, ContainerSlots";

    private ItemTemplateReader() {
    }

    public static List<ItemTemplate> readAll(Connection connection, String schema) throws SQLException {
        List<ItemTemplate> items = new ArrayList<>(1 << 15);
        String sql = "SELECT " + COLUMNS + " FROM " + WorldLocator.quote(schema) + ".item_template";
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            // Connector/J's streaming mode: rows become records while the rest are still arriving.
            statement.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    items.add(row(rs));
                }
            }
        }
        return items;
    }

    private static ItemTemplate row(ResultSet rs) throws SQLException {
        return new ItemTemplate(
                rs.getLong(1),
                rs.getString(2),
                Quality.of(rs.getLong(3)),
                clampInt(rs.getLong(4)),
                clampInt(rs.getLong(5)),
                clampInt(rs.getLong(6)),
                stackable(rs),
                rs.getLong(8),
                clampInt(rs.getLong(9)),
                clampInt(rs.getLong(10)),
                clampInt(rs.getLong(11)),
                clampInt(rs.getLong(12)));
    }

    /** TrinityCore's {@code stackable} is nullable; NULL reads as the column's default, 1. */
    private static long stackable(ResultSet rs) throws SQLException {
        long value = rs.getLong(7);
        return rs.wasNull() ? 1 : value;
    }

    private static int clampInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
