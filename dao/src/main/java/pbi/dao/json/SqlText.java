package pbi.dao.json;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import pbi.dao.columns.Column;
import pbi.dao.columns.Table;

/**
 * Rows written as SQL literals, for the import's multi-row INSERTs of many bots at once. Binding thousands of
 * parameters costs the client more than writing the text (the README's benchmark section has the profile), and one
 * statement per table and batch saves the round trips.
 *
 * <p>Every literal means the same on MySQL and MariaDB whatever the session's {@code sql_mode}: a string with a
 * backslash or a control character goes as a hex literal with its character set, since {@code NO_BACKSLASH_ESCAPES}
 * changes what a backslash means; a float goes as a decimal that the server's double-then-float conversion turns
 * back into the very same float.
 */
final class SqlText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SqlText() {
    }

    /** {@code INSERT INTO t (cols) VALUES } — the rows follow, separated by commas. */
    static String insertHead(Table<?> table) {
        return "INSERT INTO " + table.name() + " (" + Table.names(written(table)) + ") VALUES ";
    }

    static <R> List<Column<R>> written(Table<R> table) {
        return table.columns().stream().filter(Column::written).toList();
    }

    /** Appends {@code (v1, v2, …)} for the written columns of {@code row}. */
    static <R> void row(StringBuilder sql, List<Column<R>> columns, R row) {
        sql.append('(');
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(',');
            }
            Column<R> c = columns.get(i);
            Object value = c.get(row);
            if (value == null) {
                sql.append("NULL");
                continue;
            }
            switch (c.type()) {
                case BIGINT_UNSIGNED -> {
                    BigInteger big = (BigInteger) value;
                    if (big.bitLength() < 64) {
                        sql.append(big.longValue());
                    } else {
                        sql.append(big);
                    }
                }
                case INT_UNSIGNED, TINYINT_UNSIGNED -> sql.append(((Number) value).longValue());
                case FLOAT -> floatLiteral(sql, (Float) value);
                case TEXT, TIMESTAMP -> text(sql, value.toString());
            }
        }
        sql.append(')');
    }

    /**
     * The server reads a decimal literal as a double and then rounds it to the FLOAT column. {@link Float#toString}'s
     * digits survive that for nearly every float; for the rest the float's exact double value is written, which
     * converts back without any rounding.
     */
    static void floatLiteral(StringBuilder sql, float f) {
        String shortest = Float.toString(f);
        if ((float) Double.parseDouble(shortest) == f && Float.floatToRawIntBits(f) != 0x80000000) {
            sql.append(shortest);
        } else if (f == 0) {
            // -0.0 is a float of its own; "-0.0" as a literal is read as 0.
            sql.append("-0E0");
        } else {
            sql.append(Double.toString(f));
        }
    }

    static void text(StringBuilder sql, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                hex(sql, s);
                return;
            }
        }
        sql.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                sql.append('\'');
            }
            sql.append(c);
        }
        sql.append('\'');
    }

    private static void hex(StringBuilder sql, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sql.append("_utf8mb4 X'");
        for (byte b : bytes) {
            sql.append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
        }
        sql.append('\'');
    }
}
