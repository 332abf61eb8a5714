package pbi.dao.columns;

/** One {@code column = value} of an UPDATE; the column name always comes from {@link Tables}, never from input. */
public record Assignment(String column, Object value) {
}
