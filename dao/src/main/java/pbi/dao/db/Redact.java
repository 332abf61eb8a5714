package pbi.dao.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes passwords out of JDBC URLs and messages before they are shown, logged or exported, in every syntax
 * Connector/J accepts: {@code ?password=} and {@code &password=} (and {@code password1..3}), {@code user:pw@host},
 * {@code (host=...,password=...)} and {@code address=(host=...)(password=...)}.
 */
public final class Redact {

    public static final String MASK = "***";

    /** A key that holds a secret, with what comes before it in any of the URL syntaxes. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:^|[?&;,(])\\s*(?:password[1-3]?|pwd|(?:trust|client)CertificateKeyStorePassword)\\s*=\\s*)"
                    + "([^&;,)\\s]*)");
    /** {@code //user:secret@host} or {@code ,user:secret@host} for each host of a multi-host URL. */
    private static final Pattern USER_INFO = Pattern.compile("((?://|,)[^/,@:?()=\\s]*):([^@/?#,\\s]*)@");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:[a-z:]+//\\S*");

    private Redact() {
    }

    /** The URL with every password replaced by {@value #MASK}. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = KEY_VALUE.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
    }

    /**
     * A message with the passwords of any JDBC URL in it masked, and {@code knownSecret} (when not empty) removed
     * wherever it appears.
     */
    public static String text(String message, String knownSecret) {
        if (message == null) {
            return null;
        }
        String masked = JDBC_URL.matcher(message).replaceAll(m -> Matcher.quoteReplacement(url(m.group())));
        masked = KEY_VALUE.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        if (knownSecret != null && knownSecret.length() >= 3) {
            masked = masked.replace(knownSecret, MASK);
        }
        return masked;
    }

    public static String text(String message) {
        return text(message, null);
    }

    /** Whether the URL itself carries a password, in any syntax. */
    public static boolean hasPassword(String url) {
        return url != null && !url(url).equals(url);
    }
}
