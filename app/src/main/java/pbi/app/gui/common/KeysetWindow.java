package pbi.app.gui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A sliding window of at most {@code maxRows} rows over a keyset-paged query, so a million rows cost what a few
 * thousand do: scrolling past either end fetches the next page and drops rows from the other end. Pages run on the
 * task runner; a page that arrives after the query changed is dropped.
 *
 * @param <R> a row, which is also the cursor for the page after or before it
 */
public final class KeysetWindow<R> {

    /** One query, paged by keyset. */
    public interface Source<R> {
        long count();

        /** The first page, {@link #pageSize()} rows at most. */
        List<R> first();

        /** The page after {@code last}, in the query's order. */
        List<R> after(R last);

        /** The page before {@code first}, nearest row first (the query run backwards). */
        List<R> before(R first);

        int pageSize();
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final String noun;
    private final int maxRows;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty(0);
    private final LongProperty firstRowIndex = new SimpleLongProperty(0);
    private final BooleanProperty moreBefore = new SimpleBooleanProperty(false);
    private final BooleanProperty moreAfter = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private Source<R> source;
    private int generation;

    /** @param noun what the rows are, for status lines and errors ("bots") */
    public KeysetWindow(TaskRunner runner, DialogService dialogs, String noun, int maxRows) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.noun = noun;
        this.maxRows = maxRows;
    }

    /** Starts over on {@code query}: counts it and shows its first page. */
    public void reset(Source<R> query) {
        source = query;
        int gen = ++generation;
        loading.set(true);
        runner.run("Loading " + noun + "…", () -> new FirstPage<>(query.count(), query.first()), page -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            total.set(page.total());
            firstRowIndex.set(0);
            rows.setAll(page.rows());
            moreBefore.set(false);
            moreAfter.set(page.rows().size() == query.pageSize());
        }, e -> {
            loading.set(false);
            dialogs.showError("Cannot load " + noun, Messages.of(e));
        });
    }

    private record FirstPage<R>(long total, List<R> rows) {
    }

    /** Fetches the page after the last row kept, dropping rows from the top beyond the cap. */
    public void loadNext() {
        Source<R> query = source;
        if (query == null || loading.get() || !moreAfter.get() || rows.isEmpty()) {
            return;
        }
        int gen = generation;
        loading.set(true);
        R last = rows.get(rows.size() - 1);
        runner.run("Loading more " + noun + "…", () -> query.after(last), page -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            rows.addAll(page);
            moreAfter.set(page.size() == query.pageSize());
            int excess = rows.size() - maxRows;
            if (excess > 0) {
                rows.remove(0, excess);
                firstRowIndex.set(firstRowIndex.get() + excess);
                moreBefore.set(true);
            }
        }, e -> {
            loading.set(false);
            dialogs.showError("Cannot load more " + noun, Messages.of(e));
        });
    }

    /** Fetches the page before the first row kept, dropping rows at the bottom beyond the cap. */
    public void loadPrevious() {
        Source<R> query = source;
        if (query == null || loading.get() || !moreBefore.get() || rows.isEmpty()) {
            return;
        }
        int gen = generation;
        loading.set(true);
        R first = rows.get(0);
        runner.run("Loading earlier " + noun + "…", () -> query.before(first), page -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            List<R> earlier = new ArrayList<>(page);
            Collections.reverse(earlier);
            rows.addAll(0, earlier);
            firstRowIndex.set(Math.max(0, firstRowIndex.get() - earlier.size()));
            moreBefore.set(page.size() == query.pageSize() && firstRowIndex.get() > 0);
            int excess = rows.size() - maxRows;
            if (excess > 0) {
                rows.remove(rows.size() - excess, rows.size());
                moreAfter.set(true);
            }
        }, e -> {
            loading.set(false);
            dialogs.showError("Cannot load earlier " + noun, Messages.of(e));
        });
    }

    public ObservableList<R> rows() {
        return rows;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public LongProperty firstRowIndexProperty() {
        return firstRowIndex;
    }

    public BooleanProperty moreBeforeProperty() {
        return moreBefore;
    }

    public BooleanProperty moreAfterProperty() {
        return moreAfter;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
