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

    private final long maxPacket;
    /** item guid -> the first bot in the file that holds it, and where. */
    private final Map<BigInteger, Held> inFile = new HashMap<>();
    /** Item guids of the file held in the database by bots that are not (yet) known to be in the file. */
    private final List<Shared> inDatabase = new ArrayList<>();

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

    /** An item guid of {@code mine} that bot {@code otherBot} holds in the database at {@code otherWhere}. */
    private record Shared(Held mine, BigInteger otherBot, String otherWhere) {
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

    /** Looks up, for a chunk of the file's bots, which other bots in the database hold their item guids. */
    void lookUpDatabase(DataSource dataSource, List<BotSnapshot> bots, List<Integer> lines) throws SQLException {
        Map<BigInteger, Held> wanted = new HashMap<>();
        for (int i = 0; i < bots.size(); i++) {
            for (Held h : holdings(bots.get(i), lines.get(i))) {
                wanted.putIfAbsent(h.itemGuid(), h);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        List<BigInteger> guids = new ArrayList<>(wanted.keySet());
        for (int from = 0; from < guids.size(); from += 1000) {
            // The guids are numbers, written into the text: a statement of 2,000 parameters was prepared anew (on
            // the server too) for every thousand items, which cost more than the lookup.
            StringBuilder in = new StringBuilder("(");
            for (BigInteger g : guids.subList(from, Math.min(guids.size(), from + 1000))) {
                in.append(in.length() == 1 ? "" : ",").append(g);
            }
            in.append(')');
            String sql = "SELECT bot_guid, item_guid, bag, slot FROM playerbot_inventory WHERE item_guid IN " + in
                    + " UNION ALL SELECT bot_guid, item_guid, NULL, slot FROM playerbot_equipment WHERE item_guid IN "
                    + in;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        BigInteger holder = BotCursor.unsigned64(r, 1);
                        BigInteger item = BotCursor.unsigned64(r, 2);
                        Held mine = wanted.get(item);
                        if (mine != null && !holder.equals(mine.bot())) {
                            Object bag = r.getObject(3);
                            String where = bag == null ? "equipment slot " + r.getInt(4)
                                    : "inventory bag " + bag + " slot " + r.getInt(4);
                            inDatabase.add(new Shared(mine, holder, where));
                        }
                    }
                }
            }
        }
    }

    /**
     * Warnings for item guids the file's bots share with bots in the database that the import leaves in place
     * ({@code fileBots} are replaced, so their old rows do not count).
     */
    void sharedWithDatabase(java.util.Set<BigInteger> fileBots, java.util.function.Consumer<Problem> out) {
        for (Shared s : inDatabase) {
            if (fileBots.contains(s.otherBot())) {
                continue;
            }
            Held h = s.mine();
            out.accept(Problem.warning(h.line(), h.bot(), h.where(), Rule.DUPLICATE_ITEM_GUID.id(),
                    "item guid " + h.itemGuid() + " is also held by bot " + s.otherBot() + " in the database ("
                            + s.otherWhere() + "); imported unchanged"));
        }
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
