package pbi.dao.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import pbi.dao.db.PrivateFiles;

/**
 * The audit on this computer: JSON Lines, one file per month ({@code audit-2026-12.jsonl}) in a 0700 directory,
 * each file 0600, only ever appended to. Appends take an exclusive lock on the file, so that two windows or a
 * window and a script never interleave their lines.
 */
public final class AuditLog {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);
    /** A JVM may not hold two locks on one file; its threads queue here before taking the file's lock. */
    private static final Object IN_PROCESS = new Object();

    private final Path directory;

    public AuditLog(Path directory) {
        this.directory = directory;
    }

    /** The audit kept in a data directory, under {@code <home>/audit}. */
    public static AuditLog inDataHome(Path home) {
        return new AuditLog(home.resolve("audit"));
    }

    public Path directory() {
        return directory;
    }

    /** The file a record goes to: its month's. */
    public Path fileFor(AuditRecord record) {
        return directory.resolve("audit-" + MONTH.format(record.time()) + ".jsonl");
    }

    /** Appends one line; the line is whole in the file or not there at all (a single write under the lock). */
    public void append(AuditRecord record) throws IOException {
        byte[] line = (record.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
        PrivateFiles.directory(directory);
        Path file = fileFor(record);
        synchronized (IN_PROCESS) {
            try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND), privateFile(file));
                 FileLock lock = channel.lock()) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        }
    }

    /** What a read found: the newest matching records, oldest first, and how many lines could not be read. */
    public record Found(List<AuditRecord> records, int damagedLines) {
    }

    /** The records matching {@code query}, the newest {@code query.limit()} of them, oldest first. */
    public Found read(AuditQuery query) throws IOException {
        if (!Files.isDirectory(directory)) {
            return new Found(List.of(), 0);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            String first = query.since() == null ? "" : "audit-" + MONTH.format(query.since()) + ".jsonl";
            files = list.filter(f -> f.getFileName().toString().matches("audit-\\d{4}-\\d{2}\\.jsonl"))
                    .filter(f -> f.getFileName().toString().compareTo(first) >= 0).sorted().toList();
        }
        Deque<AuditRecord> newest = new ArrayDeque<>();
        int damaged = 0;
        for (Path file : files) {
            // No lock: each append is one write of a whole line, so a reader sees whole lines and, at worst, the
            // start of the one being written, which does not parse and is skipped.
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    AuditRecord r;
                    try {
                        r = AuditRecord.parse(line);
                    } catch (IllegalArgumentException e) {
                        damaged++;
                        continue;
                    }
                    if (query.matches(r)) {
                        newest.addLast(r);
                        if (newest.size() > query.limit()) {
                            newest.removeFirst();
                        }
                    }
                }
            }
        }
        return new Found(new ArrayList<>(newest), damaged);
    }

    private static FileAttribute<?>[] privateFile(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------"))}
                : new FileAttribute<?>[0];
    }
}
