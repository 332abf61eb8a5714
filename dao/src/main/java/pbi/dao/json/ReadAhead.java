package pbi.dao.json;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads bots from a {@link BotCursor} on a thread of its own, a bounded number ahead of the consumer, so that
 * decoding rows and writing JSON run on both cores at once. Memory stays bounded by the queue's capacity.
 */
final class ReadAhead implements AutoCloseable {

    private static final int CAPACITY = 256;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread reader;
    private volatile boolean stopped;
    private boolean finished;

    ReadAhead(BotCursor cursor) {
        reader = new Thread(() -> fill(cursor), "pbi-export-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void fill(BotCursor cursor) {
        Object last = END;
        try (cursor) {
            BotRows bot;
            while (!stopped && (bot = cursor.nextRows()) != null) {
                if (!offer(bot)) {
                    return;
                }
            }
        } catch (SQLException | RuntimeException e) {
            last = e;
        }
        offer(last);
    }

    /** Waits for room, giving up when the consumer has stopped. */
    private boolean offer(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next bot, or null after the last one. */
    BotRows next() throws SQLException {
        if (finished) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
        if (item instanceof BotRows bot) {
            return bot;
        }
        finished = true;
        if (item instanceof SQLException e) {
            throw e;
        }
        if (item instanceof RuntimeException e) {
            throw e;
        }
        return null;
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
