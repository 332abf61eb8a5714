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
        if (this == TEXT || this == TIMESTAMP) {
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
