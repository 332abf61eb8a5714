package pbi.dao.world;

import java.util.Optional;

/** Finds an item's template by id; the pure checks need nothing more of a catalog. */
@FunctionalInterface
public interface ItemLookup {

    Optional<ItemTemplate> find(long entry);
}
