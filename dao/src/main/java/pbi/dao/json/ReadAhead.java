package pbi.dao.json;

import java.sql.SQLException;

/**
 * Reads bots from a {@link BotCursor} on a thread of its own, up to 256 ahead of the consumer, so that decoding rows
 * and writing JSON run on both cores at once. The cursor is closed by that thread after the last bot.
 */
final class ReadAhead implements AutoCloseable {

    private final RowsAhead<BotRows> ahead;

    ReadAhead(BotCursor cursor) {
        ahead = new RowsAhead<>(cursor::nextRows, 1, 256, "pbi-export-reader", cursor);
    }

    /** The next bot, or null after the last one. */
    BotRows next() throws SQLException {
        return ahead.next();
    }

    @Override
    public void close() {
        ahead.close();
    }
}
