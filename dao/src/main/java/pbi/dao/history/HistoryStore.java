package pbi.dao.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Limits;
import pbi.dao.json.BotJson;
import pbi.dao.json.BotReader;

/**
 * Earlier versions of bots, one {@code playerbot-inspector.bot} JSON file per version under
 * {@code <directory>/<bot_guid>/<timestamp>.json}, so that an edit can be undone after it was saved.
 */
public final class HistoryStore {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;

    public HistoryStore(Path directory) {
        this.directory = directory;
    }

    /**
     * The history kept in a data directory, under {@code <home>/history}. The caller names the directory, so the
     * store does not depend on where the tool keeps its data.
     */
    public static HistoryStore inDataHome(Path home) {
        return new HistoryStore(home.resolve("history"));
    }

    public Path directory() {
        return directory;
    }

    /**
     * Writes {@code previous} as a new history entry. The file is written under a temporary name and then moved,
     * so a crash never leaves half an entry.
     */
    public HistoryEntry write(BotSnapshot previous, String reason) {
        Instant now = Instant.now();
        try {
            Path folder = directory.resolve(previous.guid().toString());
            Files.createDirectories(folder);
            String stamp = FILE_TIME.format(now);
            Path file = folder.resolve(stamp + ".json");
            for (int n = 1; Files.exists(file); n++) {
                file = folder.resolve(stamp + "-" + n + ".json");
            }
            Path temporary = folder.resolve(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary);
                 JsonGenerator g = BotJson.factory().createGenerator(out)) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
                BotJson.write(g, previous, null, now, reason);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return new HistoryEntry(previous.guid(), now, reason, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the history of bot " + previous.guid() + " in "
                    + directory + ": " + e.getMessage(), e);
        }
    }

    /** The bot's saved versions, newest first; empty when it has none. */
    public List<HistoryEntry> list(BigInteger botGuid) {
        Path folder = directory.resolve(botGuid.toString());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                entries.add(header(botGuid, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the history of bot " + botGuid + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(HistoryEntry::savedAt).thenComparing(HistoryEntry::file).reversed());
        return entries;
    }

    /** The version an entry holds. */
    public BotSnapshot read(HistoryEntry entry) {
        try (InputStream in = Files.newInputStream(entry.file());
             BotReader reader = new BotReader(in, Limits.wotlk())) {
            BotReader.Entry document = reader.next();
            if (document == null || !document.valid()) {
                throw new IOException(document == null ? "the file is empty"
                        : document.problems().stream().filter(p -> p.refused()).findFirst().orElseThrow().toString());
            }
            return document.bot();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read history entry " + entry.file() + ": " + e.getMessage(), e);
        }
    }

    /** Reads only the time and reason at the top of an entry. */
    private static HistoryEntry header(BigInteger botGuid, Path file) throws IOException {
        Instant savedAt = null;
        String reason = null;
        try (JsonParser parser = BotJson.factory().createParser(file.toFile())) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if ("exported_at".equals(name)) {
                        savedAt = Instant.parse(parser.getText());
                    } else if ("reason".equals(name)) {
                        reason = parser.getText();
                    } else if ("state".equals(name)) {
                        break;
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged entry still shows up, by its file time, so the user can see and delete it.
        }
        if (savedAt == null) {
            savedAt = Files.getLastModifiedTime(file).toInstant();
        }
        return new HistoryEntry(botGuid, savedAt, reason, file);
    }
}
