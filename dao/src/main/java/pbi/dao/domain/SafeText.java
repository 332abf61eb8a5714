package pbi.dao.domain;

/**
 * Text that came from a database or a file, made safe to print: control characters are shown as escapes so that a
 * stored value cannot move the cursor, clear the screen or retitle a terminal, and a long value is shortened so that
 * an error message stays one readable line.
 */
public final class SafeText {

    /** How much of a long value a message shows. */
    public static final int SHOWN = 80;

    private SafeText() {
    }

    /**
     * Replaces C0 and C1 control characters, DEL and the Unicode direction overrides with visible escapes
     * ({@code \e}, {@code \a}, {@code \n}, {@code \x7f}, and U+202E as {@code \\u202e}). Tabs and line breaks
     * are escaped too: inside a value they would break the columns and lines of the output.
     */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case 0x1b -> out.append("\\e");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case 0 -> out.append("\\0");
                default -> out.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x",
                        (int) c));
            }
        }
        return out.toString();
    }

    /** A multi-line message for a terminal: each line escaped, the line breaks kept. */
    public static String lines(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 ? "" : "\n").append(escape(parts[i]));
        }
        return out.toString();
    }

    /** The first {@value #SHOWN} characters and the length, when the value is longer than that. */
    public static String shorten(String value) {
        if (value == null || value.length() <= SHOWN) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return value.substring(0, end) + "… (" + value.length() + " characters)";
    }

    /** A value inside a message: shortened, escaped and quoted; {@code NULL} for null. */
    public static String quoted(String value) {
        if (value == null) {
            return "NULL";
        }
        if (value.length() <= SHOWN) {
            return "\"" + escape(value) + "\"";
        }
        int end = Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return "\"" + escape(value.substring(0, end)) + "…\" (" + value.length() + " characters)";
    }

    /** A value for a terminal column or line: shortened, then escaped. */
    public static String value(String value) {
        return escape(shorten(value));
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
