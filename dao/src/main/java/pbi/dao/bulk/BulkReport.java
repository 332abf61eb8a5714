package pbi.dao.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import pbi.dao.domain.SafeText;

/**
 * The dry run as a report a person reads (text) or a program reads (JSON), optionally with what the apply did.
 * The command line prints the text; the window saves either.
 */
public final class BulkReport {

    private BulkReport() {
    }

    /** Every bot and change, with its SQL under it. */
    public static String text(BulkPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("Bulk edit: ").append(plan.describeEdits()).append('\n');
        out.append("Bots: ").append(plan.selection().describe()).append('\n');
        out.append(plan.summary()).append('\n');
        for (BotChange bot : plan.bots()) {
            out.append('\n').append("bot ").append(bot.guid()).append(": ").append(switch (bot.status()) {
                case CHANGE -> bot.changes().size() + (bot.changes().size() == 1 ? " change" : " changes");
                case UNCHANGED -> "unchanged";
                case MISSING -> "not found";
            }).append('\n');
            bot.changes().stream().filter(c -> bot.status() == BotChange.Status.CHANGE)
                    .forEach(c -> out.append("  ").append(SafeText.escape(c)).append('\n'));
            bot.sql().forEach(sql -> out.append("    ").append(SafeText.escape(sql)).append('\n'));
        }
        return out.toString();
    }

    /** The outcome of an apply, bot by bot, after its summary. */
    public static String text(BulkResult result) {
        StringBuilder out = new StringBuilder(result.summary()).append('\n');
        for (BulkOutcome o : result.outcomes()) {
            out.append("bot ").append(o.guid()).append(": ").append(o.status().name().toLowerCase());
            if (o.message() != null) {
                out.append(" - ").append(SafeText.escape(o.message()));
            }
            out.append('\n');
            o.differences().forEach(d -> out.append("    ").append(SafeText.escape(d)).append('\n'));
        }
        return out.toString();
    }

    /** The plan, and the apply's outcomes when {@code result} is not null, as one JSON document. */
    public static String json(BulkPlan plan, BulkResult result) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "playerbot-inspector.bulk");
            g.writeNumberField("version", 1);
            g.writeStringField("selection", plan.selection().describe());
            strings(g, "edits", plan.edits().stream().map(BulkEdit::describe).toList());
            g.writeStringField("summary", plan.summary());
            g.writeBooleanField("complete", !plan.cancelled());
            g.writeArrayFieldStart("bots");
            for (BotChange bot : plan.bots()) {
                g.writeStartObject();
                g.writeNumberField("bot_guid", bot.guid());
                g.writeStringField("status", bot.status().name().toLowerCase());
                strings(g, "changes", bot.status() == BotChange.Status.CHANGE ? bot.changes() : List.of());
                strings(g, "sql", bot.sql());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (result != null) {
                g.writeObjectFieldStart("applied");
                g.writeStringField("summary", result.summary());
                g.writeBooleanField("cancelled", result.cancelled());
                g.writeNumberField("not_reached", result.notReached());
                g.writeArrayFieldStart("bots");
                for (BulkOutcome o : result.outcomes()) {
                    g.writeStartObject();
                    g.writeNumberField("bot_guid", o.guid());
                    g.writeStringField("status", o.status().name().toLowerCase());
                    if (o.message() != null) {
                        g.writeStringField("message", o.message());
                    }
                    strings(g, "differences", o.differences());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
