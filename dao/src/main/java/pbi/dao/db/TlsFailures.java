package pbi.dao.db;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import pbi.dao.domain.SafeText;

/**
 * Says what went wrong with TLS in words a user can act on, instead of "cannot reach the server" or "wrong
 * password": the certificate is not trusted, the host name does not match it, or the server requires TLS.
 */
final class TlsFailures {

    /** MySQL's ER_SECURE_TRANSPORT_REQUIRED. */
    private static final int SECURE_TRANSPORT_REQUIRED = 3159;
    /** MariaDB's number for the same refusal. */
    private static final int MARIADB_SECURE_TRANSPORT_REQUIRED = 4151;

    private TlsFailures() {
    }

    /** A TLS explanation of the failure, or null when TLS is not what failed. */
    static DatabaseException translate(Throwable failure, SQLException sql, String doing) {
        int code = sql == null ? 0 : sql.getErrorCode();
        String sqlMessage = sql == null || sql.getMessage() == null ? "" : sql.getMessage();
        if (code == SECURE_TRANSPORT_REQUIRED || code == MARIADB_SECURE_TRANSPORT_REQUIRED
                || sqlMessage.contains("require_secure_transport") || sqlMessage.contains("insecure transport")) {
            return new DatabaseException(DatabaseException.Kind.CONNECTION, "Cannot connect while " + doing
                    + ": the server requires TLS, and this connection does not use it. Choose the TLS mode"
                    + " VERIFY_IDENTITY (with the server's CA file) or at least REQUIRED.", failure);
        }
        boolean handshake = false;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("identity check failed") || lower.contains("identity verification failed")
                    || lower.contains("does not match") && lower.contains("certificate")
                    || lower.contains("no subject alternative")) {
                return new DatabaseException(DatabaseException.Kind.CONNECTION, "Cannot connect while " + doing
                        + ": the host name does not match the certificate the server showed. Connect with the"
                        + " name the certificate was made for. (" + SafeText.escape(firstLine(message)) + ")",
                        failure);
            }
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || lower.contains("pkix path") || lower.contains("unable to find valid certification path")) {
                return new DatabaseException(DatabaseException.Kind.CONNECTION, "Cannot connect while " + doing
                        + ": the certificate is not trusted. The server's certificate is not signed by a CA this"
                        + " connection trusts: give the server's CA certificate file (--tls-ca FILE, or \"CA"
                        + " certificate\" in the profile).", failure);
            }
            if (t instanceof CertificateException) {
                return new DatabaseException(DatabaseException.Kind.CONNECTION, "Cannot connect while " + doing
                        + ": the certificate is not trusted (" + SafeText.escape(firstLine(message)) + ")", failure);
            }
            handshake |= t instanceof SSLHandshakeException;
            if (lower.contains("server does not support ssl") || lower.contains("ssl connection required")) {
                return new DatabaseException(DatabaseException.Kind.CONNECTION, "Cannot connect while " + doing
                        + ": this connection requires TLS, and the server does not offer it.", failure);
            }
        }
        if (handshake || failure instanceof SSLException) {
            return new DatabaseException(DatabaseException.Kind.CONNECTION, "Cannot connect while " + doing
                    + ": the TLS handshake with the server failed (" + SafeText.escape(firstLine(sqlMessage)) + ")",
                    failure);
        }
        return null;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
