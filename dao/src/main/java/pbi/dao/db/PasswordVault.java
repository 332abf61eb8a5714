package pbi.dao.db;

import java.util.Optional;

/** A place that keeps stored passwords, one per profile name. */
public interface PasswordVault {

    /**
     * @throws VaultException when the vault cannot be read (damaged, locked or missing)
     */
    Optional<String> get(String profile);

    /**
     * @throws VaultException when the password could not be stored; nothing else was changed
     */
    void put(String profile, String password);

    /** Forgets the profile's password; nothing happens when none was stored. */
    void remove(String profile);

    /** A stored password cannot be read or written; the message says why and what to do. */
    final class VaultException extends RuntimeException {
        public VaultException(String message, Throwable cause) {
            super(message, cause);
        }

        public VaultException(String message) {
            super(message);
        }
    }
}
