package pbi.dao.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pbi.dao.db.ConnectionSettings;

/**
 * Where an exported bot came from. Never carries a password: it is stripped from the URL if one was written there.
 *
 * @param name the connection's name as the user knows it
 * @param server the JDBC URL without credentials
 * @param database the database (schema) name, or null when the URL does not name one
 */
public record ExportSource(String name, String server, String database) {

    private static final Pattern SECRET = Pattern.compile("(?i)([?&;](password|pwd|password1|password2|password3)=)"
            + "[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");
    private static final Pattern DATABASE = Pattern.compile("^jdbc:[a-z]+://[^/]*/([^?;]+)");

    public static ExportSource of(ConnectionSettings settings) {
        String url = settings.jdbcUrl();
        Matcher secret = SECRET.matcher(url);
        url = secret.replaceAll("$1***");
        url = USER_INFO.matcher(url).replaceAll("//");
        Matcher db = DATABASE.matcher(url);
        String name = settings.name().equals(settings.jdbcUrl()) ? url : settings.name();
        return new ExportSource(name, url, db.find() ? db.group(1) : null);
    }
}
