package pbi.dao.db;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Passwords in the desktop's keyring through java-keyring: Secret Service (GNOME Keyring, KWallet) on Linux, the
 * Keychain on macOS, the Credential Manager on Windows. Where there is none (a server, a CI box), every call fails
 * with a message that says so; nothing falls back to a file unless the user chose the file.
 */
public final class KeyringVault implements PasswordVault {

    /** The service name the entries are filed under in the keyring. */
    public static final String SERVICE = "playerbot-inspector";
    private static final long TIMEOUT_SECONDS = 10;

    /** Opens the keyring; the real one is {@link Keyring#create()}. */
    @FunctionalInterface
    public interface Opener {
        Keyring open() throws BackendNotSupportedException;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run(Keyring keyring) throws PasswordAccessException;
    }

    private final Opener opener;
    /** One thread, so that a keyring that waits for the user to unlock it never blocks the caller for good. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "pbi-keyring");
        thread.setDaemon(true);
        return thread;
    });

    public KeyringVault(Opener opener) {
        this.opener = opener;
    }

    public static KeyringVault system() {
        return new KeyringVault(Keyring::create);
    }

    @Override
    public Optional<String> get(String profile) {
        return Optional.ofNullable(call("read the password of \"" + profile + "\"", keyring -> {
            try {
                return keyring.getPassword(SERVICE, profile);
            } catch (PasswordAccessException e) {
                // java-keyring reports "no such entry" this way on every backend.
                return null;
            }
        }));
    }

    @Override
    public void put(String profile, String password) {
        call("store the password of \"" + profile + "\"", keyring -> {
            keyring.setPassword(SERVICE, profile, password);
            return null;
        });
    }

    @Override
    public void remove(String profile) {
        call("forget the password of \"" + profile + "\"", keyring -> {
            try {
                keyring.deletePassword(SERVICE, profile);
            } catch (PasswordAccessException e) {
                // Nothing was stored under this name.
            }
            return null;
        });
    }

    /** Whether a keyring answers on this desktop. */
    public boolean available() {
        try {
            call("open the keyring", keyring -> null);
            return true;
        } catch (VaultException e) {
            return false;
        }
    }

    private <T> T call(String doing, Call<T> call) {
        Future<T> result = WORKER.submit(() -> {
            try (Keyring keyring = opener.open()) {
                return call.run(keyring);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new VaultException("The desktop keyring did not answer within " + TIMEOUT_SECONDS
                    + " s (is it locked?), so the tool could not " + doing + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaultException("Interrupted while trying to " + doing + " in the desktop keyring.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BackendNotSupportedException || cause instanceof LinkageError) {
                throw new VaultException("No desktop keyring is available here (no Secret Service, Keychain or"
                        + " Credential Manager), so the tool could not " + doing + ". Choose \"store in a file\""
                        + " to keep it in a file only you can read, or type the password each time.", cause);
            }
            String detail = cause == null || cause.getMessage() == null ? String.valueOf(cause)
                    : FileVault.firstLine(cause.getMessage());
            throw new VaultException("The desktop keyring refused to " + doing + ": " + detail, cause);
        }
    }
}
