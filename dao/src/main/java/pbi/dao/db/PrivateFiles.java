package pbi.dao.db;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read, written the way {@code ~/.pgpass} deserves: mode 0600 in a 0700 directory, and
 * replaced atomically (a temporary file in the same directory, then a rename), so that a crash or a full disk
 * leaves either the old file or the new one, never half of one.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates the directory (and its parents) if needed, and makes it 0700. */
    public static Path directory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            restrict(dir, OWNER_DIR);
            return dir;
        }
        Files.createDirectories(dir.toAbsolutePath().getParent());
        try {
            if (posix(dir.toAbsolutePath().getParent())) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // Another process made it in the meantime; it is tightened below all the same.
        }
        restrict(dir, OWNER_DIR);
        return dir;
    }

    /** Writes {@code bytes} to {@code file} atomically, as 0600, in a 0700 directory. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = directory(file.toAbsolutePath().getParent());
        Path temp = posix(dir)
                ? Files.createTempFile(dir, "." + file.getFileName(), ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new empty 0600 file in the given 0700 directory, for secrets that must exist only for a while. */
    public static Path createTemp(Path dir, String prefix, String suffix) throws IOException {
        directory(dir);
        if (posix(dir)) {
            return Files.createTempFile(dir, prefix, suffix, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        }
        return Files.createTempFile(dir, prefix, suffix);
    }

    /** A new 0700 directory under the system's temporary directory. */
    public static Path createTempDirectory(String prefix) throws IOException {
        FileAttribute<?>[] attributes = posix(Path.of(System.getProperty("java.io.tmpdir")))
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_DIR)}
                : new FileAttribute<?>[0];
        return Files.createTempDirectory(prefix, attributes);
    }

    /** The file's permissions in {@code ls} notation ("rw-------"), or null where the file system has none. */
    public static String mode(Path path) throws IOException {
        if (!posix(path)) {
            return null;
        }
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
