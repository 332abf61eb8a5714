package pbi.app;

import java.math.BigInteger;
import java.util.function.Supplier;
import pbi.app.gui.browse.BrowseViewModel;
import pbi.app.gui.bulk.BulkViewModel;
import pbi.app.gui.compare.CompareViewModel;
import pbi.app.gui.main.MainViewModel;
import pbi.dao.db.Database;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.service.BotService;
import pbi.dao.world.ItemCatalog;
import pbi.dao.world.ItemLookup;

/**
 * How the compare and bulk windows reach the rest of the window: the editor, the browser and the session. Part of
 * the composition root, so those screens need not know the editor or the browser.
 */
final class CompareHost {

    private CompareHost() {
    }

    static CompareViewModel.Host of(MainViewModel model) {
        return new CompareViewModel.Host() {
            @Override
            public BotService bots() {
                MainViewModel.Session session = model.sessionProperty().get();
                return session == null ? null : session.bots();
            }

            @Override
            public BotSnapshot openBot() {
                return model.editor().loadedProperty().get();
            }

            @Override
            public BotSnapshot draft() {
                return model.editor().editedProperty().get();
            }

            @Override
            public boolean putInEditor(BotSnapshot edited) {
                return model.editor().restore(edited);
            }

            @Override
            public BigInteger freshItemGuid() {
                return model.editor().slots().suggestItemGuid();
            }

            @Override
            public ItemLookup items() {
                return model.editor().items().readyProperty().get();
            }
        };
    }

    static BulkViewModel.Host bulk(MainViewModel model, Supplier<ItemCatalog> items) {
        return new BulkViewModel.Host() {
            @Override
            public Database database() {
                return model.database();
            }

            @Override
            public BotQuery currentFilter() {
                return model.browse().currentQuery();
            }

            @Override
            public Long[] currentZone() {
                BrowseViewModel.Scope scope = model.browse().scopeProperty().get();
                return scope == null || scope.mapId() == null ? null : new Long[] {scope.mapId(), scope.zoneId()};
            }

            @Override
            public ItemCatalog items() {
                return items.get();
            }

            @Override
            public void written() {
                model.browse().reload();
                model.editor().refresh();
            }
        };
    }
}
