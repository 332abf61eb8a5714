package pbi.dao.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import pbi.dao.db.Database;
import pbi.dao.db.DatabaseException;
import pbi.dao.db.Failures;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.columns.Differences;
import pbi.dao.domain.Limits;
import pbi.dao.world.ItemLookup;

/**
 * Imports bot files in two passes over the file, so that memory does not grow with the file:
 * {@link #check} reads everything, refuses what the columns cannot hold, and says per bot what would change;
 * {@link #apply} then writes the bots, many per transaction and each replaced completely or not at all (a batch that
 * fails is written again bot by bot, so the failure names its bot). A file with any refused value writes nothing.
 */
public final class BotImporter {

    /** Bots are compared with the database this many at a time. */
    private static final int CHUNK = 256;

    private final Database database;
    private final Limits limits;
    private final ItemLookup items;

    public BotImporter(Database database, Limits limits) {
        this(database, limits, null);
    }

    /** @param items the realm's items, for the item rules' warnings; null (or an unavailable catalog) skips them */
    public BotImporter(Database database, Limits limits, ItemLookup items) {
        this.database = database;
        this.limits = limits;
        this.items = items;
    }

    /** What an import wrote. */
    public record Result(int written, int skippedUnchanged, boolean cancelled) {
    }

    /**
     * Reads and checks the whole file, compares each valid bot with the database, and writes nothing.
     *
     * @param plans receives each bot's plan, in file order (bots of refused files included, as far as they are valid)
     */
    public ImportCheck check(Path file, Consumer<BotPlan> plans, ExportProgress progress) throws IOException {
        return check(file, plans, problem -> { }, progress);
    }

    /**
     * The same, and {@code problems} receives every refused value and warning as it is found, in file order (the
     * check keeps only the first {@link ImportCheck#LISTED} of each and counts the rest).
     */
    public ImportCheck check(Path file, Consumer<BotPlan> plans, Consumer<Problem> problems, ExportProgress progress)
            throws IOException {
        long size = Files.size(file);
        var modified = Files.getLastModifiedTime(file);
        ProblemTally found = new ProblemTally(problems);
        Map<BigInteger, Integer> lines = new HashMap<>();
        Set<BigInteger> unchanged = new HashSet<>();
        int[] counts = new int[3];
        List<BotReader.Entry> chunk = new ArrayList<>(CHUNK);
        int bots = 0;
        ImportGuards guards = guards();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             BotReader reader = new BotReader(in, limits)) {
            BotReader.Entry entry;
            while ((entry = reader.next()) != null) {
                if (progress.cancelled()) {
                    throw new java.util.concurrent.CancellationException("Import check cancelled");
                }
                bots++;
                found.addAll(entry.problems());
                if (!entry.valid()) {
                    continue;
                }
                if (items != null) {
                    found.addAll(ItemWarnings.of(entry.bot(), entry.line(), items));
                }
                Integer first = lines.putIfAbsent(entry.guid(), entry.line());
                if (first != null) {
                    found.accept(Problem.refused(entry.line(), 0, entry.guid(), null,
                            "the bot appears twice in the file (first on line " + first + ")"));
                    continue;
                }
                Problem tooLarge = guards.packetProblem(entry.bot(), entry.line());
                if (tooLarge != null) {
                    found.accept(tooLarge);
                    continue;
                }
                found.addAll(guards.sharedInFile(entry.bot(), entry.line()));
                chunk.add(entry);
                if (chunk.size() == CHUNK) {
                    compare(chunk, plans, unchanged, counts);
                    progress.progress(bots, -1);
                }
            }
        }
        compare(chunk, plans, unchanged, counts);
        try {
            guards.sharedWithDatabase(database.dataSource(), lines.keySet(), found, progress::cancelled);
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw Failures.translate(e, "looking up the file's item guids in " + database.name());
        }
        if (bots == 0) {
            found.accept(Problem.refused(0, 0, null, null, "the file holds no bot documents"));
        }
        progress.progress(bots, bots);
        return new ImportCheck(file, size, modified, bots, counts[0], counts[1], Set.copyOf(unchanged),
                found.refused(), found.refusedCount(), found.warnings(), found.warningCount(),
                found.warningsByRule());
    }

    private ImportGuards guards() {
        try {
            return ImportGuards.open(database.dataSource());
        } catch (SQLException | RuntimeException e) {
            throw Failures.translate(e, "reading the server's max_allowed_packet");
        }
    }

    private void compare(List<BotReader.Entry> chunk, Consumer<BotPlan> plans, Set<BigInteger> unchanged,
                         int[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<BigInteger, BotSnapshot> current = new HashMap<>();
        List<BigInteger> guids = chunk.stream().map(BotReader.Entry::guid).toList();
        try (BotCursor cursor = BotCursor.open(database.dataSource(), BotCursor.Filter.guids(guids))) {
            BotSnapshot bot;
            while ((bot = cursor.next()) != null) {
                current.put(bot.guid(), bot);
            }
        } catch (SQLException | RuntimeException e) {
            throw Failures.translate(e, "comparing the import with " + database.name());
        }
        for (BotReader.Entry entry : chunk) {
            BotSnapshot before = current.get(entry.guid());
            BotPlan plan;
            if (before == null) {
                counts[0]++;
                plan = new BotPlan(entry.guid(), entry.line(), BotPlan.Status.NEW, List.of());
            } else if (before.sameValues(entry.bot())) {
                unchanged.add(entry.guid());
                plan = new BotPlan(entry.guid(), entry.line(), BotPlan.Status.UNCHANGED, List.of());
            } else {
                counts[1]++;
                plan = new BotPlan(entry.guid(), entry.line(), BotPlan.Status.REPLACED,
                        Differences.between(before, entry.bot()));
            }
            plans.accept(plan);
        }
        chunk.clear();
    }

    /**
     * Writes every new and replaced bot of a checked file, each whole or not at all (batches of
     * bots per transaction; a failed batch is written again bot by bot).
     *
     * @throws DatabaseException with kind OUT_OF_RANGE when the check refused the file or the file changed since
     */
    public Result apply(ImportCheck check, ExportProgress progress) throws IOException {
        if (!check.ok()) {
            throw new DatabaseException(DatabaseException.Kind.OUT_OF_RANGE,
                    "The file " + check.file() + " has refused values; nothing was written");
        }
        if (Files.size(check.file()) != check.size()
                || !Files.getLastModifiedTime(check.file()).equals(check.modified())) {
            throw new DatabaseException(DatabaseException.Kind.OUT_OF_RANGE,
                    "The file " + check.file() + " changed after it was checked; nothing was written. Check it again.");
        }
        int total = check.bots() - check.unchanged().size();
        AtomicInteger written = new AtomicInteger();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        // Which documents of the file the database holds as the file has them: written now, or unchanged.
        WrittenRanges done = new WrittenRanges(check.bots());
        BlockingQueue<Job> queue = new ArrayBlockingQueue<>(2 * BATCH);
        // Two connections write while this thread parses, each a batch of bots per transaction (every bot still
        // written whole or not at all); the queue keeps memory bounded however large the file.
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Thread writer = new Thread(() -> drain(queue, written, failed, done, progress, total, check.file()),
                    "pbi-import-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
        int skipped = 0;
        boolean cancelled = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(check.file()), 1 << 16);
             BotReader reader = BotReader.withoutWarnings(in, limits)) {
            BotReader.Entry entry;
            while (failed.get() == null && (entry = reader.next()) != null) {
                if (progress.cancelled()) {
                    cancelled = true;
                    break;
                }
                if (!entry.valid()) {
                    failed.compareAndSet(null, new DatabaseException(DatabaseException.Kind.OUT_OF_RANGE,
                            "The file " + check.file() + " changed after it was checked (" + entry.problems().get(0)
                                    + ")"));
                    break;
                }
                if (check.unchanged().contains(entry.guid())) {
                    skipped++;
                    done.add(entry.index() + 1);
                    continue;
                }
                Job job = new Job(entry.index() + 1, entry.bot());
                while (failed.get() == null && !queue.offer(job, 100, TimeUnit.MILLISECONDS)) {
                    // The writers are behind; wait for room.
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        } finally {
            for (int i = 0; i < WRITERS; i++) {
                putQuietly(queue, END);
            }
            for (Thread writer : writers) {
                joinQuietly(writer);
            }
        }
        RuntimeException failure = failed.get();
        if (failure != null) {
            DatabaseException known = Failures.translate(failure, "importing " + check.file());
            throw new DatabaseException(known.kind(), known.getMessage() + " " + done.describe()
                    + "; run the same import again to finish.", failure);
        }
        progress.progress(written.get(), total);
        return new Result(written.get(), skipped, cancelled);
    }

    private static final int WRITERS = 2;
    /**
     * Bots per transaction. One transaction per bot cost the server about as much again as the rows; past a few
     * hundred bots the gain is gone, and a failed batch is written again bot by bot.
     */
    private static final int BATCH = 200;

    /** One bot to write, with its position in the file (1-based). */
    private record Job(int number, BotSnapshot bot) {
    }

    /** Tells a writer thread that no more bots will come. */
    private static final Job END = new Job(0, null);

    private void drain(BlockingQueue<Job> queue, AtomicInteger written, AtomicReference<RuntimeException> failed,
                       WrittenRanges done, ExportProgress progress, int total, Path file) {
        List<Job> batch = new ArrayList<>(BATCH);
        boolean end = false;
        try (BotWriter writer = BotWriter.open(database)) {
            while (!end) {
                // Take what is queued, up to a batch; wait for more only while the batch is small.
                Job job = batch.isEmpty() ? queue.take() : queue.poll(20, TimeUnit.MILLISECONDS);
                if (job == END) {
                    end = true;
                } else if (job != null) {
                    batch.add(job);
                    if (batch.size() < BATCH) {
                        continue;
                    }
                }
                if (batch.isEmpty() || failed.get() != null) {
                    batch.clear();
                    continue;
                }
                List<BotSnapshot> bots = batch.stream().map(Job::bot).toList();
                java.util.Iterator<Job> numbers = batch.iterator();
                writer.replaceAll(bots, bot -> {
                    int number = numbers.next().number();
                    database.committed("import", bot.guid(), null, bot, "document " + number + " of " + file);
                    done.add(number);
                    int count = written.incrementAndGet();
                    if ((count & 63) == 0) {
                        progress.progress(count, total);
                    }
                });
                batch.clear();
            }
        } catch (RuntimeException e) {
            failed.compareAndSet(null, e);
            // Keep taking so the reader never blocks on a full queue, up to this writer's END (unless taken).
            try {
                while (!end && queue.take() != END) {
                    // discard
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void putQuietly(BlockingQueue<Job> queue, Job bot) {
        try {
            queue.put(bot);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
