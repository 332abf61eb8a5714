package pbi.dao.db;

/** Connector/J's sslMode values, in the order a user would pick them. */
public enum TlsMode {
    DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY
}
