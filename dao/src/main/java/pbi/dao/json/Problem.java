package pbi.dao.json;

import java.math.BigInteger;

/**
 * Something wrong in an import file, with where it is: line (and column), bot and field.
 *
 * @param refused true when the value cannot be imported (the whole file is refused); false for a warning
 * @param line 1-based line in the file, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param bot the bot's guid when it is known
 * @param field the field, for example {@code inventory bag 19 slot 3 item_guid}; null for the document itself
 * @param rule the doctor rule id for a warning, or null
 */
public record Problem(boolean refused, int line, int column, BigInteger bot, String field, String rule,
                      String message) {

    public static Problem refused(int line, int column, BigInteger bot, String field, String message) {
        return new Problem(true, line, column, bot, field, null, message);
    }

    public static Problem warning(int line, BigInteger bot, String field, String rule, String message) {
        return new Problem(false, line, 0, bot, field, rule, message);
    }

    /** "line 12, bot 42, inventory bag 19 slot 3 item_guid: -1 is outside 0..18446744073709551615". */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (line > 0) {
            out.append("line ").append(line);
            if (column > 0) {
                out.append(" column ").append(column);
            }
        }
        if (bot != null) {
            out.append(out.length() > 0 ? ", " : "").append("bot ").append(bot);
        }
        if (field != null) {
            out.append(out.length() > 0 ? ", " : "").append(field);
        }
        out.append(out.length() > 0 ? ": " : "").append(message);
        if (rule != null) {
            out.append(" [").append(rule).append(']');
        }
        return out.toString();
    }
}
