package pbi.dao.json;

/** How several bots are laid out in one file. */
public enum ExportFormat {
    /** One compact document per line (JSON Lines, {@code .jsonl}). */
    JSON_LINES,
    /** One JSON array, one document per line. */
    JSON_ARRAY,
    /** A single pretty-printed document; only for exactly one bot. */
    PRETTY
}
