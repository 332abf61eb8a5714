package pbi.dao.json;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads values from a source on a thread of its own, in batches, a bounded number ahead of the consumer, so that
 * decoding rows and what the consumer does with them run on both cores at once; memory stays bounded by the queue.
 * The export reads its bots this way ({@link ReadAhead}), and its inventory (five rows in six) too, so that decoding
 * it does not wait for decoding the state and equipment rows. A result set is touched by that thread only until
 * {@link #close} returns.
 */
final class RowsAhead<R> implements AutoCloseable {

    /** Decodes the current row. */
    interface Decoder<R> {
        R read(ResultSet rows) throws SQLException;
    }

    /** The next value, or null after the last one. */
    interface Source<R> {
        R next() throws SQLException;
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread reader;
    private volatile boolean stopped;
    private List<R> batch = List.of();
    private int at;
    private boolean finished;

    /** Every row of {@code rows}, decoded 512 at a time. */
    RowsAhead(ResultSet rows, Decoder<R> decoder, String name) {
        this(() -> rows.next() ? decoder.read(rows) : null, 512, 16, name, null);
    }

    /**
     * @param batchSize how many values travel together
     * @param batches how many batches may wait for the consumer
     * @param owned closed by the reading thread after the last value, or null
     */
    RowsAhead(Source<R> source, int batchSize, int batches, String name, AutoCloseable owned) {
        queue = new ArrayBlockingQueue<>(batches);
        reader = new Thread(() -> fill(source, batchSize, owned), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void fill(Source<R> source, int batchSize, AutoCloseable owned) {
        Object last = END;
        try (AutoCloseable closing = owned) {
            List<R> read = new ArrayList<>(batchSize);
            R value;
            while (!stopped && (value = source.next()) != null) {
                read.add(value);
                if (read.size() == batchSize) {
                    if (!offer(read)) {
                        return;
                    }
                    read = new ArrayList<>(batchSize);
                }
            }
            if (!read.isEmpty() && !offer(read)) {
                return;
            }
        } catch (Exception e) {
            last = e instanceof SQLException || e instanceof RuntimeException ? e
                    : new IllegalStateException("Closing the export's reader failed", e);
        }
        offer(last);
    }

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

    /** The next row, or null after the last one. */
    @SuppressWarnings("unchecked")
    R next() throws SQLException {
        while (at == batch.size()) {
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
            if (item instanceof List<?> rows) {
                batch = (List<R>) rows;
                at = 0;
                continue;
            }
            finished = true;
            batch = List.of();
            at = 0;
            if (item instanceof SQLException e) {
                throw e;
            }
            if (item instanceof RuntimeException e) {
                throw e;
            }
        }
        return batch.get(at++);
    }

    /** Stops the thread and waits for it, after which the result set may be closed. */
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
