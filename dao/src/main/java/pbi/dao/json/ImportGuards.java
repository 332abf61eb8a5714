package pbi.dao.json;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import pbi.dao.columns.Column;
import pbi.dao.columns.SqlType;
import pbi.dao.columns.Table;
import pbi.dao.columns.Tables;
import pbi.dao.doctor.Rule;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;

/**
 * The checks of an import that look beyond one document: whether each bot's statements fit the server's
 * {@code max_allowed_packet}, and which item guids two bots would share, within the file or with bots already in the
 * database. They run at check time, so that a dry run and the real run give the same verdict.
 */
final class ImportGuards {

    /** What a parameter costs in an execute packet besides its bytes: type, null bitmap, length prefix. */
    private static final int PER_VALUE = 12;
    /** Up to this many item guids are looked up in the database in one statement; more are matched in a read. */
    static final int ONE_LOOKUP = 1_000;

    private final long maxPacket;
    /** item guid -> the first bot in the file that holds it, and where. */
    private final Map<BigInteger, Held> inFile = new HashMap<>();

    /**
     * @param place {@code bag << 8 | slot} of an inventory row, or {@code -1 - slot} of an equipment row: the text
     *              of {@link #where} is only made for the few that are reported (a file holds millions)
     */
    private record Held(BigInteger itemGuid, BigInteger bot, int line, int place) {

        String where() {
            return place < 0 ? "equipment slot " + (-1 - place) + " item_guid"
                    : "inventory bag " + (place >> 8) + " slot " + (place & 0xff) + " item_guid";
        }
    }

    private ImportGuards(long maxPacket) {
        this.maxPacket = maxPacket;
    }

    /** Reads the packet limit the import's connections will have. */
    static ImportGuards open(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT LEAST(@@SESSION.max_allowed_packet, @@GLOBAL.max_allowed_packet)");
                ResultSet r = s.executeQuery()) {
            r.next();
            return new ImportGuards(r.getLong(1));
        }
    }

    long maxPacket() {
        return maxPacket;
    }

    /** A refusal when one of the statements writing {@code bot} would be larger than the server accepts. */
    Problem packetProblem(BotSnapshot bot, int line) {
        long inventory = statementBytes(Tables.INVENTORY, bot.inventory());
        long equipment = statementBytes(Tables.EQUIPMENT, bot.equipment());
        long largest = Math.max(inventory, equipment);
        if (largest <= maxPacket) {
            return null;
        }
        String which = inventory >= equipment ? "inventory" : "equipment";
        return Problem.refused(line, 0, bot.guid(), which, String.format("the bot's %s rows make a statement of"
                + " about %,d bytes, more than the server's max_allowed_packet of %,d bytes; split the items or"
                + " raise max_allowed_packet", which, largest, maxPacket));
    }

    /** Per table: the length of a one-row INSERT, and what each further row adds. */
    private static final Map<String, int[]> SQL_LENGTHS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The multi-row INSERT that writes {@code rows}: its SQL and every value (BotWriter sends them in one). */
    static <R> long statementBytes(Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        int[] sql = SQL_LENGTHS.computeIfAbsent(table.name(), n -> new int[] {table.insertSql(1).length(),
            table.insertSql(2).length() - table.insertSql(1).length()});
        long bytes = sql[0] + (long) (rows.size() - 1) * sql[1];
        List<Column<R>> written = table.written();
        for (R row : rows) {
            for (Column<R> c : written) {
                Object v = c.get(row);
                bytes += PER_VALUE;
                if (c.type() == SqlType.TEXT && v != null) {
                    bytes += ((String) v).getBytes(StandardCharsets.UTF_8).length;
                } else {
                    bytes += 8;
                }
            }
        }
        return bytes;
    }

    /** Warnings for item guids this bot shares with a bot earlier in the file. */
    List<Problem> sharedInFile(BotSnapshot bot, int line) {
        List<Problem> out = new ArrayList<>();
        for (Held h : holdings(bot, line)) {
            Held first = inFile.putIfAbsent(h.itemGuid(), h);
            if (first != null && !first.bot().equals(h.bot())) {
                out.add(Problem.warning(line, h.bot(), h.where(), Rule.DUPLICATE_ITEM_GUID.id(),
                        "item guid " + h.itemGuid() + " is also held by bot " + first.bot() + " (" + first.where()
                                + ", line " + first.line() + "); imported unchanged"));
            }
        }
        return out;
    }

    /**
     * Warns, through {@code out}, of each item guid of the file that a bot in the database holds, unless the import
     * replaces that bot ({@code fileBots}: its old rows do not count) or it is the file's own holder of that guid.
     * Runs once the whole file is read. {@code item_guid} has no index in the server's schema, so every lookup reads
     * both item tables: a file of up to {@link #ONE_LOOKUP} guids is looked up in one statement, a larger one is
     * matched against one streamed read of the tables' guids (a lookup per thousand guids, as before, took 252 s
     * for 2,000 bots against a realm of 20,000; the read takes about as long as one lookup).
     */
    void sharedWithDatabase(DataSource dataSource, Set<BigInteger> fileBots, Consumer<Problem> out,
                            BooleanSupplier cancelled) throws SQLException {
        if (inFile.isEmpty()) {
            return;
        }
        String inventory = "SELECT bot_guid, item_guid, bag, slot FROM playerbot_inventory";
        String equipment = "SELECT bot_guid, item_guid, NULL, slot FROM playerbot_equipment";
        if (inFile.size() <= ONE_LOOKUP) {
            String in = inFile.keySet().stream().map(BigInteger::toString)
                    .collect(Collectors.joining(",", " WHERE item_guid IN (", ")"));
            inventory += in;
            equipment += in;
        }
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of(inventory, equipment)) {
                try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    // Connector/J streams rows one by one only with this exact fetch size.
                    s.setFetchSize(Integer.MIN_VALUE);
                    try (ResultSet r = s.executeQuery(sql)) {
                        for (long rows = 1; r.next(); rows++) {
                            if (rows % 100_000 == 0 && cancelled.getAsBoolean()) {
                                throw new java.util.concurrent.CancellationException("Import check cancelled");
                            }
                            warnIfShared(r, fileBots, out);
                        }
                    }
                }
            }
        }
    }

    /** A warning when the item of row {@code r} is one of the file's and its holder is a bot the file leaves alone. */
    private void warnIfShared(ResultSet r, Set<BigInteger> fileBots, Consumer<Problem> out) throws SQLException {
        Held mine = inFile.get(BotCursor.unsigned64(r, 2));
        if (mine == null) {
            return;
        }
        // The file's own holder of the guid is a bot of the file too.
        BigInteger holder = BotCursor.unsigned64(r, 1);
        if (fileBots.contains(holder)) {
            return;
        }
        Object bag = r.getObject(3);
        String where = bag == null ? "equipment slot " + r.getInt(4) : "inventory bag " + bag + " slot " + r.getInt(4);
        out.accept(Problem.warning(mine.line(), mine.bot(), mine.where(), Rule.DUPLICATE_ITEM_GUID.id(),
                "item guid " + mine.itemGuid() + " is also held by bot " + holder + " in the database (" + where
                        + "); imported unchanged"));
    }

    private static List<Held> holdings(BotSnapshot bot, int line) {
        List<Held> out = new ArrayList<>(bot.inventory().size() + bot.equipment().size());
        for (InventoryItem i : bot.inventory()) {
            out.add(new Held(i.itemGuid(), bot.guid(), line, i.bag() << 8 | i.slot()));
        }
        for (EquipmentItem e : bot.equipment()) {
            out.add(new Held(e.itemGuid(), bot.guid(), line, -1 - e.slot()));
        }
        return out;
    }
}
