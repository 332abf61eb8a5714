package pbi.dao.db;

/** Where a profile keeps its password when the user asks to store it. */
public enum PasswordStorage {
    /** The desktop's keyring: Secret Service on Linux, Keychain on macOS, Credential Manager on Windows. */
    KEYRING,
    /** A 0600 file next to the profiles, for desktops without a keyring; only when the user chooses it. */
    FILE
}
