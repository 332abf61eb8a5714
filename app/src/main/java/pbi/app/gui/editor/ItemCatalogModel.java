package pbi.app.gui.editor;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import pbi.app.gui.common.TaskRunner;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemTemplate;

/**
 * The session's item catalog as the editor sees it: read once, off the FX thread, when the first bot is shown.
 * Until it is read (or when there is no world data) every lookup finds nothing and items show as "#id"; the
 * notice says once why names are missing.
 */
public final class ItemCatalogModel {

    private final TaskRunner runner;
    private final SimpleObjectProperty<ItemCatalog> ready = new SimpleObjectProperty<>();
    private final SimpleStringProperty notice = new SimpleStringProperty();
    private ItemCatalog source;
    private boolean requested;

    ItemCatalogModel(TaskRunner runner) {
        this.runner = runner;
    }

    /** A new session's catalog (not read yet), or null when there is none. */
    public void use(ItemCatalog catalog) {
        source = catalog;
        requested = false;
        ready.set(null);
        notice.set(null);
    }

    /** The session's catalog, read or not yet (its {@code load()} reads it on the caller's thread); null without one. */
    public ItemCatalog source() {
        return source;
    }

    /** Reads the catalog in the background the first time a bot needs it. */
    void need() {
        ItemCatalog wanted = source;
        if (wanted == null || requested) {
            return;
        }
        requested = true;
        runner.run("Reading item names…", wanted::load, catalog -> {
            if (catalog != source) {
                return;
            }
            if (catalog.available()) {
                ready.set(catalog);
            } else {
                notice.set("Item names are unavailable (" + catalog.unavailableReason().orElse("no world data")
                        + "); items show as #id.");
            }
        }, e -> notice.set("Item names are unavailable (reading the world database failed); items show as #id."));
    }

    /** The catalog once it has been read and has items; null before that or without world data. */
    public ReadOnlyObjectProperty<ItemCatalog> readyProperty() {
        return ready;
    }

    /** Why item names are missing, once known; null while names are available or not yet asked for. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public boolean available() {
        return ready.get() != null;
    }

    public Optional<ItemTemplate> find(long itemId) {
        ItemCatalog catalog = ready.get();
        return catalog == null ? Optional.empty() : catalog.find(itemId);
    }

    /** The item's name, or "#id". */
    public String label(long itemId) {
        return find(itemId).map(ItemTemplate::name).orElse("#" + itemId);
    }

    /** Items for a picker; see {@link ItemCatalog#search}. Empty without world data. */
    public List<ItemTemplate> search(String text, Integer slot, Integer classId, int limit) {
        ItemCatalog catalog = ready.get();
        return catalog == null ? List.of() : catalog.search(text, slot, classId, limit);
    }
}
