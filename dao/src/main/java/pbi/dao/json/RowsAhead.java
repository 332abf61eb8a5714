package pbi.dao.json;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Decodes the rows of one streaming result set on a thread of its own, in batches, a bounded number ahead of the
 * consumer. The export's inventory (five rows in six) is read this way, so that decoding it does not wait for
 * decoding the state and equipment rows. The result set is touched by that thread only until {@link #close}
 * returns.
 */
final class RowsAhead<R> implements AutoCloseable {

    /** Decodes the current row. */
    interface Decoder<R> {
        R read(ResultSet rows) throws SQLException;
    }

    private static final int BATCH = 512;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private volatile boolean stopped;
    private List<R> batch = List.of();
    private int at;
    private boolean finished;

    RowsAhead(ResultSet rows, Decoder<R> decoder, String name) {
        reader = new Thread(() -> fill(rows, decoder), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void fill(ResultSet rows, Decoder<R> decoder) {
        Object last = END;
        try {
            List<R> rowsRead = new ArrayList<>(BATCH);
            while (!stopped && rows.next()) {
                rowsRead.add(decoder.read(rows));
                if (rowsRead.size() == BATCH) {
                    if (!offer(rowsRead)) {
                        return;
                    }
                    rowsRead = new ArrayList<>(BATCH);
                }
            }
            if (!rowsRead.isEmpty() && !offer(rowsRead)) {
                return;
            }
        } catch (SQLException | RuntimeException e) {
            last = e;
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
