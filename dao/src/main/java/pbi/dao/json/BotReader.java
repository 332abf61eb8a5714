package pbi.dao.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigInteger;
import java.util.List;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;

/**
 * Reads bot documents one at a time from a single document, JSON Lines, or a JSON array of documents, so that a
 * file of any size is read in constant memory.
 *
 * <p>Every value is checked against what its column can hold; such a problem, a missing field or a wrong type makes
 * the bot invalid ({@link Problem#refused()}). Values the doctor would call corrupt are kept exactly and reported as
 * warnings. Invalid JSON stops the reading with one refused problem at the line and column where it broke.
 */
public final class BotReader implements Closeable {

    /**
     * One document of the file.
     *
     * @param index 0-based position in the file
     * @param line the line where the document starts
     * @param bot the bot, or null when the document is invalid
     * @param problems refused values and warnings, in file order
     */
    public record Entry(int index, int line, BotSnapshot bot, List<Problem> problems) {

        public boolean valid() {
            return bot != null && problems.stream().noneMatch(Problem::refused);
        }

        public BigInteger guid() {
            return bot == null ? null : bot.guid();
        }
    }

    private final JsonParser parser;
    private final Limits limits;
    /** False for the import's writing pass, which needs only the refusals: the warnings were shown at check time. */
    private boolean warnings = true;
    private boolean started;
    private boolean inArray;
    private boolean done;
    private int index;

    public BotReader(InputStream in, Limits limits) throws IOException {
        this(BotJson.FACTORY.createParser(in), limits);
    }

    public BotReader(Reader in, Limits limits) throws IOException {
        this(BotJson.FACTORY.createParser(in), limits);
    }

    /** A reader for writing what was checked: the same bots and refusals, without the doctor's warnings. */
    static BotReader withoutWarnings(InputStream in, Limits limits) throws IOException {
        BotReader reader = new BotReader(in, limits);
        reader.warnings = false;
        return reader;
    }

    private BotReader(JsonParser parser, Limits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /** The next document, or null at the end of the file (or after invalid JSON). */
    public Entry next() throws IOException {
        if (done) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (!started) {
                started = true;
                if (token == JsonToken.START_ARRAY) {
                    inArray = true;
                    token = parser.nextToken();
                }
            }
            if (token == null) {
                done = true;
                return null;
            }
            if (inArray && token == JsonToken.END_ARRAY) {
                done = true;
                JsonToken after = parser.nextToken();
                if (after != null) {
                    return broken(parser.currentTokenLocation(), "there is more after the closing ']'");
                }
                return null;
            }
            int line = parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                List<Problem> problems = List.of(Problem.refused(line, parser.currentTokenLocation().getColumnNr(),
                        null, null, "expected a bot document (a JSON object), found " + describe(token)));
                return new Entry(index++, line, null, problems);
            }
            return new BotDocument(parser, limits, warnings, index++, line).read();
        } catch (JsonProcessingException e) {
            done = true;
            return broken(e.getLocation(), "the file is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private Entry broken(JsonLocation where, String message) {
        done = true;
        int line = where == null ? 0 : where.getLineNr();
        int column = where == null ? 0 : where.getColumnNr();
        return new Entry(index++, line, null, List.of(Problem.refused(line, column, null, null, message)));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

}
