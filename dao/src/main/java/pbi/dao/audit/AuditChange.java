package pbi.dao.audit;

/**
 * One change of one field or slot, as it was and as it became.
 *
 * @param where "state", "inventory bag 19 slot 3", "equipment slot 0 (Head)" or "bot"
 * @param field the column that changed, or null when the whole row came or went
 * @param before the value before, or null when there was none
 * @param after the value after, or null when there is none now
 */
public record AuditChange(String where, String field, String before, String after) {

    /** "state gold_copper: 100 → 250", "inventory bag 19 slot 3: item 6948 ×1 (guid 5) → (none)". */
    @Override
    public String toString() {
        return where + (field == null ? "" : " " + field) + ": " + show(before) + " → " + show(after);
    }

    private static String show(String value) {
        return value == null ? "(none)" : value;
    }
}
