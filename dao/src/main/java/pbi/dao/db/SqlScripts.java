package pbi.dao.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs the SQL scripts shipped in the top-level resources/ folder. */
public final class SqlScripts {

    public static final String PLAYERBOT_SCHEMA = "schema/playerbot.sql";
    public static final String CHARACTERS_SCHEMA = "schema/characters.sql";

    private SqlScripts() {
    }

    public static String read(String name) {
        try (InputStream in = SqlScripts.class.getResourceAsStream("/pbi/resources/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read resource " + name, e);
        }
    }

    /** Runs each statement of a script resource; statements end with a semicolon at the end of a line. */
    public static void run(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            runText(statement, read(name));
        }
    }

    /** Runs each statement of a script's text; statements end with a semicolon at the end of a line. */
    public static void runText(Statement statement, String script) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            sql.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statement.execute(sql.substring(0, sql.lastIndexOf(";")));
                sql.setLength(0);
            }
        }
    }
}
