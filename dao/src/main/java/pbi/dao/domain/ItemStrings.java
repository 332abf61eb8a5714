package pbi.dao.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where the serialized enchantment ({@code "3225:0;3229:3600"}) and gem ({@code "41398,40111"})
 * strings are read and written. Parsing never changes the raw string; it reports what is wrong with it.
 */
public final class ItemStrings {

    /** WotLK items have at most this many enchantment slots. */
    public static final int MAX_ENCHANTMENTS = 12;
    /** At most this many gem sockets. */
    public static final int MAX_GEMS = 3;
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;

    private ItemStrings() {
    }

    public static Parsed<Enchantment> parseEnchantments(String raw) {
        List<Enchantment> values = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return new Parsed<>(raw, values, problems);
        }
        String[] tokens = raw.split(";", -1);
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String where = "entry " + (i + 1) + " " + SafeText.quoted(token);
            int colon = token.indexOf(':');
            if (token.isEmpty()) {
                problems.add(where + " is empty (stray ';')");
                continue;
            }
            if (colon < 0 || token.indexOf(':', colon + 1) >= 0) {
                problems.add(where + " must be enchantId:duration");
                continue;
            }
            String id = token.substring(0, colon);
            String duration = token.substring(colon + 1);
            Long enchantId = parseNumber(id);
            Long seconds = parseSigned(duration);
            if (enchantId == null) {
                problems.add(where + ": enchantment id " + SafeText.quoted(id) + " is not a whole number");
            } else if (enchantId == 0 || enchantId > MAX_UINT32) {
                problems.add(where + ": enchantment id " + id + " must be between 1 and " + MAX_UINT32);
            }
            if (seconds == null) {
                problems.add(where + ": duration " + SafeText.quoted(duration) + " is not a whole number of seconds");
            } else if (seconds < 0) {
                problems.add(where + ": duration " + seconds + " is negative");
            }
            if (enchantId != null && seconds != null) {
                values.add(new Enchantment(enchantId, seconds));
            }
        }
        if (tokens.length > MAX_ENCHANTMENTS) {
            problems.add(tokens.length + " enchantments, but an item has at most " + MAX_ENCHANTMENTS + " slots");
        }
        return new Parsed<>(raw, values, problems);
    }

    public static Parsed<Long> parseGems(String raw) {
        List<Long> values = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return new Parsed<>(raw, values, problems);
        }
        String[] tokens = raw.split(",", -1);
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String where = "gem " + (i + 1) + " " + SafeText.quoted(token);
            Long gem = parseNumber(token);
            if (token.isEmpty()) {
                problems.add(where + " is empty (stray ',')");
            } else if (gem == null) {
                problems.add(where + " is not a whole number");
            } else if (gem == 0 || gem > MAX_UINT32) {
                problems.add(where + " must be between 1 and " + MAX_UINT32);
            } else {
                values.add(gem);
            }
        }
        if (tokens.length > MAX_GEMS) {
            problems.add(tokens.length + " gems, but an item has at most " + MAX_GEMS + " sockets");
        }
        return new Parsed<>(raw, values, problems);
    }

    /** The canonical string for a list of enchantments; an empty list gives the empty string. */
    public static String formatEnchantments(List<Enchantment> enchantments) {
        return enchantments.stream().map(Enchantment::toString).collect(Collectors.joining(";"));
    }

    public static String formatGems(List<Long> gems) {
        return gems.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** A short human reading such as "3225 (permanent), 3229 (1h 0m left)". */
    public static String describeEnchantments(Parsed<Enchantment> parsed) {
        if (parsed.values().isEmpty()) {
            return parsed.valid() ? "none" : "malformed: " + parsed.raw();
        }
        return parsed.values().stream()
                .map(e -> e.enchantId() + (e.permanent() ? " (permanent)" : " (" + formatSeconds(e.durationSeconds())
                        + " left)"))
                .collect(Collectors.joining(", "));
    }

    static String formatSeconds(long seconds) {
        if (seconds < 0) {
            return seconds + "s";
        }
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? h + "h " + m + "m" : m > 0 ? m + "m " + s + "s" : s + "s";
    }

    private static Long parseNumber(String text) {
        if (text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null; // 19 digits past the long range: not a number this column can mean
        }
    }

    private static Long parseSigned(String text) {
        if (text.startsWith("-")) {
            Long magnitude = parseNumber(text.substring(1));
            return magnitude == null ? null : -magnitude;
        }
        return parseNumber(text);
    }
}
