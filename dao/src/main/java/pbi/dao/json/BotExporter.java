package pbi.dao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pbi.dao.db.Database;
import pbi.dao.db.Failures;

/**
 * Streams bots from the database into JSON: one bot in memory at a time, written as soon as it is read, whatever
 * the number of bots.
 */
public final class BotExporter {

    /** Guid selections are read in chunks of this many guids, each chunk in guid order. */
    private static final int CHUNK = 500;

    private final Database database;
    private final ExportSource source;

    public BotExporter(Database database) {
        this.database = database;
        this.source = ExportSource.of(database.settings());
    }

    /** What an export wrote. */
    public record Result(long bots, boolean cancelled) {
    }

    /**
     * Writes the selected bots to {@code out} (which is flushed, not closed).
     *
     * @throws pbi.dao.db.DatabaseException when the database fails
     * @throws IOException when the output cannot be written
     */
    public Result export(ExportSelection selection, OutputStream out, ExportFormat format, ExportProgress progress)
            throws IOException {
        if (format == ExportFormat.JSON_LINES) {
            return exportLines(selection, out, progress);
        }
        try (JsonGenerator g = BotJson.FACTORY.createGenerator(out)) {
            return export(selection, g, format, progress);
        }
    }

    /** The same, to a character stream (standard output, the clipboard). */
    public Result export(ExportSelection selection, Writer out, ExportFormat format, ExportProgress progress)
            throws IOException {
        try (JsonGenerator g = BotJson.FACTORY.createGenerator(out)) {
            return export(selection, g, format, progress);
        }
    }

    private Result export(ExportSelection selection, JsonGenerator g, ExportFormat format, ExportProgress progress)
            throws IOException {
        long total = count(selection);
        Instant now = Instant.now();
        switch (format) {
            case PRETTY -> g.setPrettyPrinter(new DefaultPrettyPrinter());
            case JSON_ARRAY -> g.setPrettyPrinter(new OnePerLine());
            case JSON_LINES -> g.setPrettyPrinter(new MinimalPrettyPrinter(null));
            default -> throw new IllegalArgumentException(format.toString());
        }
        if (format == ExportFormat.JSON_ARRAY) {
            g.writeStartArray();
        }
        long written = eachBot(selection, progress, total, bot -> {
            BotJson.write(g, bot.snapshot(), source, now, null);
            if (format != ExportFormat.JSON_ARRAY) {
                g.writeRaw('\n');
            }
        }, format == ExportFormat.PRETTY);
        boolean cancelled = progress.cancelled();
        if (format == ExportFormat.JSON_ARRAY) {
            g.writeEndArray();
            g.writeRaw('\n');
        }
        g.flush();
        progress.progress(written, total);
        return new Result(written, cancelled);
    }

    /** JSON Lines through {@link LineWriter}: the same bytes as the generator would write, at a fraction of the cost. */
    private Result exportLines(ExportSelection selection, OutputStream out, ExportProgress progress)
            throws IOException {
        long total = count(selection);
        LineWriter lines = new LineWriter(out, source, Instant.now().toString());
        long written = eachBot(selection, progress, total,
                bot -> lines.write(bot.state(), bot.inventory(), bot.equipment()), false);
        boolean cancelled = progress.cancelled();
        lines.flush();
        out.flush();
        progress.progress(written, total);
        return new Result(written, cancelled);
    }

    /** Writes one bot; IOException from the output stream. */
    private interface BotOut {
        void write(BotRows bot) throws IOException;
    }

    /** Reads the selection's bots in guid order and hands each to {@code out}; returns how many were written. */
    private long eachBot(ExportSelection selection, ExportProgress progress, long total, BotOut out, boolean onlyOne)
            throws IOException {
        long written = 0;
        for (BotCursor.Filter filter : filters(selection)) {
            try (ReadAhead cursor = new ReadAhead(BotCursor.openBulk(database.dataSource(), filter))) {
                BotRows bot;
                while (!progress.cancelled() && (bot = cursor.next()) != null) {
                    if (onlyOne && written > 0) {
                        throw new IllegalArgumentException("A pretty-printed export holds exactly one bot");
                    }
                    out.write(bot);
                    written++;
                    if ((written & 63) == 0) {
                        progress.progress(written, total);
                    }
                }
            } catch (SQLException e) {
                throw Failures.translate(e, "exporting bots from " + database.name());
            }
            if (progress.cancelled()) {
                break;
            }
        }
        return written;
    }

    /** How many bots the selection holds now. */
    public long count(ExportSelection selection) {
        long total = 0;
        try (Connection connection = database.dataSource().getConnection()) {
            for (BotCursor.Filter filter : filters(selection)) {
                try (PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM playerbot_state " + filter.state())) {
                    for (int i = 0; i < filter.values().size(); i++) {
                        count.setObject(i + 1, BotCursor.parameter(filter.values().get(i)));
                    }
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        total += rows.getLong(1);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw Failures.translate(e, "counting bots in " + database.name());
        }
        return total;
    }

    /** Of these guids, those that have no state row, in the order given. */
    public List<BigInteger> missing(List<BigInteger> guids) {
        List<BigInteger> missing = new ArrayList<>(guids);
        try (Connection connection = database.dataSource().getConnection()) {
            for (BotCursor.Filter filter : filters(new ExportSelection.Bots(guids))) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT bot_guid FROM playerbot_state " + filter.state())) {
                    for (int i = 0; i < filter.values().size(); i++) {
                        query.setObject(i + 1, BotCursor.parameter(filter.values().get(i)));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            missing.remove(BotCursor.unsigned64(rows, 1));
                        }
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw Failures.translate(e, "looking up bots in " + database.name());
        }
        return missing;
    }

    static List<BotCursor.Filter> filters(ExportSelection selection) {
        if (selection instanceof ExportSelection.All) {
            return List.of(BotCursor.Filter.all());
        }
        if (selection instanceof ExportSelection.Area area) {
            return List.of(BotCursor.Filter.of(area));
        }
        List<BigInteger> guids = ((ExportSelection.Bots) selection).guids();
        List<BotCursor.Filter> filters = new ArrayList<>();
        for (int i = 0; i < guids.size(); i += CHUNK) {
            filters.add(BotCursor.Filter.guids(guids.subList(i, Math.min(guids.size(), i + CHUNK))));
        }
        return filters;
    }

    /** A JSON array with one compact bot document per line, so that files diff and grep well. */
    private static final class OnePerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (g.getOutputContext().inRoot() || g.getOutputContext().getParent().inRoot()) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (g.getOutputContext().getParent().inRoot()) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (g.getOutputContext().getParent() != null && g.getOutputContext().getParent().inRoot()
                    && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }
    }
}
