package pbi.dao.columns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One playerbot table: its name, its columns in order, and how a record is built from their values. The mapper XML
 * holds the same list once, in its {@code <sql>} fragments and result map.
 *
 * @param create builds a record from the values of every column, in column order
 */
public record Table<R>(String name, List<Column<R>> columns, Function<Object[], R> create) {

    public Table {
        columns = List.copyOf(columns);
    }

    /** Every column but the server-maintained timestamp: what an INSERT writes and a document carries. */
    public List<Column<R>> written() {
        return columns.stream().filter(Column::written).toList();
    }

    /** The written columns but the owner's guid: the fields of an inventory or equipment row in a document. */
    public List<Column<R>> fields() {
        return columns.stream().filter(c -> c.written() && c.role() != Column.Role.OWNER).toList();
    }

    public Column<R> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** The value columns (not the owner, keys or timestamp) in which two rows differ; floats bit for bit. */
    public List<Column<R>> differing(R a, R b) {
        return columns.stream().filter(c -> c.role() == Column.Role.VALUE && !same(c, a, b)).toList();
    }

    /** What an UPDATE must set to turn {@code base} into {@code edited}: only the columns that changed. */
    public List<Assignment> changes(R base, R edited) {
        return differing(base, edited).stream().map(c -> new Assignment(c.name(), c.get(edited))).toList();
    }

    private static <R> boolean same(Column<R> c, R a, R b) {
        Object x = c.get(a);
        Object y = c.get(b);
        if (c.type() == SqlType.FLOAT) {
            return Float.floatToRawIntBits((Float) x) == Float.floatToRawIntBits((Float) y);
        }
        return java.util.Objects.equals(x, y);
    }

    /** "bot_guid, bag, slot, ..." */
    public static String names(List<? extends Column<?>> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** A multi-row INSERT of the written columns. */
    public String insertSql(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(written().size(), "?")) + ")";
        return "INSERT INTO " + name + " (" + names(written()) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    /** SELECT of the written columns, and the timestamp too when {@code stamped}, for {@link #read}. */
    public String selectSql(boolean stamped) {
        return "SELECT " + names(stamped ? columns : written()) + " FROM " + name;
    }

    /** The record in the current row of a result set selected by {@link #selectSql}. */
    public R read(ResultSet rows, boolean stamped) throws SQLException {
        Object[] values = new Object[columns.size()];
        int index = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column<R> c = columns.get(i);
            if (c.written() || stamped) {
                values[i] = c.type().read(rows, index++);
            }
        }
        return create.apply(values);
    }

    /** Binds the written columns of {@code row} from parameter {@code first} on; returns the next free index. */
    public int bind(PreparedStatement statement, int first, R row) throws SQLException {
        int index = first;
        for (Column<R> c : written()) {
            c.type().bind(statement, index++, c.get(row));
        }
        return index;
    }
}
