package pbi.dao.columns;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import pbi.dao.domain.ColumnRanges;

/**
 * The SQL types of the playerbot columns, with the Java type each is held in and the range it can hold. Unsigned
 * BIGINT is a {@link BigInteger}, unsigned INT a {@link Long}, unsigned TINYINT an {@link Integer}.
 */
public enum SqlType {
    BIGINT_UNSIGNED("BIGINT UNSIGNED", ColumnRanges.MAX_BIGINT_UNSIGNED),
    INT_UNSIGNED("INT UNSIGNED", BigInteger.valueOf(ColumnRanges.MAX_INT_UNSIGNED)),
    TINYINT_UNSIGNED("TINYINT UNSIGNED", BigInteger.valueOf(ColumnRanges.MAX_TINYINT_UNSIGNED)),
    FLOAT("FLOAT", null),
    TEXT("TEXT", null),
    TIMESTAMP("TIMESTAMP", null);

    /** The most a TEXT column holds: 65,535 bytes, which is fewer characters when they take more than one byte. */
    public static final int TEXT_MAX_BYTES = 65_535;

    private final String sql;
    private final BigInteger max;

    SqlType(String sql, BigInteger max) {
        this.sql = sql;
        this.max = max;
    }

    public String sql() {
        return sql;
    }

    /** The largest value of an integer type; null for the others. */
    public BigInteger max() {
        return max;
    }

    public boolean integer() {
        return max != null;
    }

    /** The value in the Java type of this column: 7 becomes a Long for INT UNSIGNED, a BigInteger for BIGINT. */
    public Object fromInteger(BigInteger value) {
        return switch (this) {
            case BIGINT_UNSIGNED -> value;
            case INT_UNSIGNED -> value.longValue();
            case TINYINT_UNSIGNED -> value.intValue();
            default -> throw new IllegalStateException(sql + " is not an integer type");
        };
    }

    /** Why the column cannot hold {@code value} ("5000 is outside 0..255"), or null when it can. */
    public String problem(Object value) {
        if (this == TEXT) {
            return value instanceof String text ? textProblem(text) : null;
        }
        if (this == TIMESTAMP) {
            return null;
        }
        if (value == null) {
            return "a value is required";
        }
        if (this == FLOAT) {
            float f = (Float) value;
            return Float.isFinite(f) ? null : f + " cannot be stored in a FLOAT column";
        }
        BigInteger big = value instanceof BigInteger b ? b : BigInteger.valueOf(((Number) value).longValue());
        return big.signum() < 0 || big.compareTo(max) > 0 ? value + " is outside 0.." + max : null;
    }

    /**
     * Why a TEXT column cannot hold {@code text}: more than {@link #TEXT_MAX_BYTES} in UTF-8, or half of a surrogate
     * pair, which has no UTF-8 form (the server would store "?"); null when it can.
     */
    private static String textProblem(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("has an unpaired surrogate \\u%04x at character %d, which UTF-8 cannot hold",
                        (int) c, i + 1);
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        return bytes > TEXT_MAX_BYTES ? String.format("is %,d bytes in UTF-8; a TEXT column holds at most %,d",
                bytes, TEXT_MAX_BYTES) : null;
    }

    /** Reads the column at {@code index} of the current row. */
    public Object read(ResultSet rows, int index) throws SQLException {
        return switch (this) {
            case BIGINT_UNSIGNED -> {
                Object v = rows.getObject(index);
                yield v == null || v instanceof BigInteger ? v : BigInteger.valueOf(((Number) v).longValue());
            }
            case INT_UNSIGNED -> rows.getLong(index);
            case TINYINT_UNSIGNED -> rows.getInt(index);
            case FLOAT -> rows.getFloat(index);
            case TEXT -> rows.getString(index);
            case TIMESTAMP -> rows.getObject(index, LocalDateTime.class);
        };
    }

    /** Binds a value; unsigned BIGINTs go as DECIMAL, which compares exactly (a string compares as a double). */
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (this) {
            case BIGINT_UNSIGNED -> statement.setBigDecimal(index, new BigDecimal((BigInteger) value));
            case INT_UNSIGNED -> statement.setLong(index, (Long) value);
            case TINYINT_UNSIGNED -> statement.setInt(index, (Integer) value);
            case FLOAT -> statement.setFloat(index, (Float) value);
            case TEXT -> {
                if (value == null) {
                    statement.setNull(index, Types.VARCHAR);
                } else {
                    statement.setString(index, (String) value);
                }
            }
            case TIMESTAMP -> statement.setObject(index, value);
        }
    }
}
