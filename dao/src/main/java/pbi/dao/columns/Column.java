package pbi.dao.columns;

import java.util.function.Function;

/**
 * One column of a playerbot table: its name (also the JSON field name), SQL type, role, and how its value is taken
 * from the domain record.
 */
public record Column<R>(String name, SqlType type, Role role, Function<R, Object> getter) {

    public enum Role {
        /** {@code bot_guid}: whose row it is. */
        OWNER,
        /** Part of the primary key within one bot (bag, slot). */
        KEY,
        /** An ordinary value. */
        VALUE,
        /** {@code last_updated}: set by the server, read but never written by the tool. */
        STAMP
    }

    public Object get(R row) {
        return getter.apply(row);
    }

    public boolean written() {
        return role != Role.STAMP;
    }
}
