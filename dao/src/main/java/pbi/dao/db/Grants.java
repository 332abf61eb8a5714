package pbi.dao.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the connected account may write, read from the lines of {@code SHOW GRANTS FOR CURRENT_USER()} in the
 * MariaDB and MySQL 8 forms. Only the three write privileges a save needs are of interest: INSERT, UPDATE and
 * DELETE on each of the playerbot tables, held at the global, database or table level.
 *
 * <p>When the lines cannot be read for sure (column privileges, roles, a statement the parser does not know), the
 * answer is {@link Access#unknown}: the window then stays writable, since a wrong "read-only" would block a GM
 * whose server would have accepted the save, while a wrong "writable" only means the server refuses it.
 *
 * <p>The lines may hold a password hash ({@code IDENTIFIED BY PASSWORD '*…'}); nothing here logs or returns them.
 */
public final class Grants {

    /** The privileges a save, a delete or an import uses. */
    public enum Privilege { INSERT, UPDATE, DELETE }

    /** The answer: whether the account can write the tables, and if not, what it lacks. */
    public record Access(Verdict verdict, String account, String missing) {

        public enum Verdict { WRITABLE, READ_ONLY, UNKNOWN }

        static Access unknown(String account, String why) {
            return new Access(Verdict.UNKNOWN, account, why);
        }

        public boolean readOnly() {
            return verdict == Verdict.READ_ONLY;
        }

        /** "account pbi_ro has no UPDATE grant on playerbot_state", or why it cannot be told. */
        public String reason() {
            return switch (verdict) {
                case WRITABLE -> "account " + account + " may write the playerbot tables";
                case READ_ONLY -> "account " + account + " has no " + missing;
                case UNKNOWN -> "cannot tell whether account " + account + " may write: " + missing;
            };
        }
    }

    /** A name, backquoted (`` inside stands for `) or bare, then optionally "." and another: the grant's object. */
    private static final String OBJECT = "((?:`(?:[^`]|``)*`|[^\\s.`]+)(?:\\.(?:`(?:[^`]|``)*`|[^\\s.`]+))?)";
    private static final Pattern GRANT = Pattern.compile(
            "^\\s*GRANT\\s+(.+?)\\s+ON\\s+(?:(?:TABLE|FUNCTION|PROCEDURE|PACKAGE(?:\\s+BODY)?)\\s+)?" + OBJECT
                    + "\\s+TO\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern REVOKE = Pattern.compile("^\\s*REVOKE\\s+(.+?)\\s+ON\\s+" + OBJECT + "\\s+FROM\\s",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A role granted to the user: "GRANT `r` TO …" (MariaDB) or "GRANT `r`@`%` TO …" (MySQL 8), no ON. */
    private static final Pattern ROLE = Pattern.compile("^\\s*GRANT\\s+(?!.*\\sON\\s)[^ ]+.*\\sTO\\s.+$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern USER = Pattern.compile("\\sTO\\s+(`(?:[^`]|``)*`|'[^']*'|[^@\\s]+)",
            Pattern.CASE_INSENSITIVE);

    /** The three tables a save writes. */
    public static final List<String> PLAYERBOT_TABLES = List.of("playerbot_state", "playerbot_inventory",
            "playerbot_equipment");

    private Grants() {
    }

    /** {@link #check(Database, List)} for the three playerbot tables. */
    public static Access check(Database database) {
        return check(database, PLAYERBOT_TABLES);
    }

    /**
     * Reads the grants of the pool's account and checks them for the three tables of the connection's database.
     * Failing to read them is {@link Access.Verdict#UNKNOWN}, never an error.
     */
    public static Access check(Database database, List<String> tables) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            String schema;
            String account;
            try (ResultSet r = s.executeQuery("SELECT DATABASE(), CURRENT_USER()")) {
                r.next();
                schema = r.getString(1);
                account = r.getString(2);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SHOW GRANTS FOR CURRENT_USER()")) {
                while (r.next()) {
                    lines.add(r.getString(1));
                }
            }
            String user = account == null ? "?" : account.replaceAll("@[^@]*$", "");
            return access(lines, schema, tables, user);
        } catch (SQLException | RuntimeException e) {
            return Access.unknown(database.settings().user(), "the grants could not be read ("
                    + Failures.translate(e, "reading the grants").getMessage() + ")");
        }
    }

    /**
     * Whether {@code lines} give INSERT, UPDATE and DELETE on every one of {@code tables} in {@code schema}.
     *
     * @param account the user name to report; when null, taken from the first line's "TO `user`"
     */
    public static Access access(List<String> lines, String schema, List<String> tables, String account) {
        String who = account != null ? account : lines.stream().map(USER::matcher).filter(Matcher::find)
                .map(m -> unquote(m.group(1))).findFirst().orElse("?");
        Map<String, Set<Privilege>> held = new LinkedHashMap<>();
        tables.forEach(t -> held.put(t, EnumSet.noneOf(Privilege.class)));
        boolean partial = false;
        boolean roles = false;
        for (String line : lines) {
            Matcher grant = GRANT.matcher(line);
            if (grant.matches()) {
                Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);
                partial |= privileges(grant.group(1), privileges);
                for (String table : tables) {
                    if (covers(grant.group(2), schema, table)) {
                        held.get(table).addAll(privileges);
                    }
                }
            } else if (ROLE.matcher(line).matches() && !line.toUpperCase(Locale.ROOT).contains(" PROXY ")) {
                roles = true;
            }
        }
        for (String line : lines) {
            Matcher revoke = REVOKE.matcher(line);
            if (revoke.find()) {
                // MySQL 8's partial revokes take a privilege back from one database of a global grant.
                Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);
                privileges(revoke.group(1), privileges);
                for (String table : tables) {
                    if (covers(revoke.group(2), schema, table)) {
                        held.get(table).removeAll(privileges);
                    }
                }
            }
        }
        String missing = missing(held);
        if (missing == null) {
            return new Access(Access.Verdict.WRITABLE, who, null);
        }
        if (partial) {
            return Access.unknown(who, "it has privileges on single columns");
        }
        if (roles) {
            return Access.unknown(who, "it has roles, whose privileges SHOW GRANTS does not list");
        }
        return new Access(Access.Verdict.READ_ONLY, who, missing);
    }

    /** "UPDATE grant on playerbot_state", or "INSERT, UPDATE or DELETE grant on playerbot_state and …". */
    private static String missing(Map<String, Set<Privilege>> held) {
        Map<Set<Privilege>, List<String>> byLack = new LinkedHashMap<>();
        held.forEach((table, have) -> {
            Set<Privilege> lack = EnumSet.allOf(Privilege.class);
            lack.removeAll(have);
            if (!lack.isEmpty()) {
                byLack.computeIfAbsent(lack, k -> new ArrayList<>()).add(table);
            }
        });
        if (byLack.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        byLack.forEach((lack, tables) -> parts.add(or(lack.stream().map(Enum::name).toList(), "or") + " grant on "
                + or(tables, "and")));
        return String.join("; no ", parts);
    }

    private static String or(List<String> words, String last) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + last + " " + words.get(words.size() - 1);
    }

    /** Adds the write privileges the list names; returns true when one of them is limited to columns. */
    private static boolean privileges(String list, Set<Privilege> into) {
        boolean partial = false;
        for (String item : splitTopLevel(list)) {
            String p = item.strip().toUpperCase(Locale.ROOT);
            boolean columns = p.contains("(");
            String name = columns ? p.substring(0, p.indexOf('(')).strip() : p;
            if (name.equals("ALL") || name.equals("ALL PRIVILEGES")) {
                into.addAll(EnumSet.allOf(Privilege.class));
                continue;
            }
            for (Privilege privilege : Privilege.values()) {
                if (name.equals(privilege.name())) {
                    if (columns) {
                        partial = true;
                    } else {
                        into.add(privilege);
                    }
                }
            }
        }
        return partial;
    }

    /** Splits "SELECT (a, b), UPDATE" at the commas outside parentheses. */
    private static List<String> splitTopLevel(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(list.substring(start, i));
                start = i + 1;
            }
        }
        items.add(list.substring(start));
        return items;
    }

    /** Whether a grant's object ({@code *.*}, {@code `db`.*}, {@code `db`.`table`}) covers the table. */
    static boolean covers(String object, String schema, String table) {
        List<String> parts = splitName(object);
        if (parts.size() == 1) {
            // "ON *" or "ON tbl" names the default database of the GRANT statement; not known here.
            return false;
        }
        String db = parts.get(0);
        String tbl = parts.get(1);
        boolean dbMatches = db.equals("*") || (schema != null && likeMatches(db, schema));
        return dbMatches && (tbl.equals("*") || tbl.equalsIgnoreCase(table));
    }

    /** [db, table]: names unquoted (backquotes removed, `` read as `). */
    private static List<String> splitName(String object) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < object.length(); i++) {
            char c = object.charAt(i);
            if (c == '`') {
                if (quoted && i + 1 < object.length() && object.charAt(i + 1) == '`') {
                    current.append('`');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Database names in grants are LIKE patterns: % and _ are wildcards unless escaped with a backslash. */
    static boolean likeMatches(String pattern, String name) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(name).matches();
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("`") || name.startsWith("'"))) {
            return name.substring(1, name.length() - 1).replace("``", "`");
        }
        return name;
    }
}
