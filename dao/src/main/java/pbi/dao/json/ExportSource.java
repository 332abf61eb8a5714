package pbi.dao.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pbi.dao.db.ConnectionSettings;
import pbi.dao.db.Redact;

/**
 * Where an exported bot came from. Never carries a password: it is stripped from the URL if one was written there.
 *
 * @param name the connection's name as the user knows it
 * @param server the JDBC URL without credentials
 * @param database the database (schema) name, or null when the URL does not name one
 */
public record ExportSource(String name, String server, String database) {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");
    private static final Pattern DATABASE = Pattern.compile("^jdbc:[a-z]+://[^/]*/([^?;]+)");

    public static ExportSource of(ConnectionSettings settings) {
        String url = USER_INFO.matcher(Redact.url(settings.jdbcUrl())).replaceAll("//");
        Matcher db = DATABASE.matcher(url);
        String name = Redact.url(settings.name());
        return new ExportSource(name, url, db.find() ? db.group(1) : null);
    }
}
