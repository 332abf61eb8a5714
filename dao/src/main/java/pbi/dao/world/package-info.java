/**
 * What the items are: the realm's world database ({@code item_template}), read once and kept in an
 * {@link pbi.dao.world.ItemCatalog}; the item rules of the doctor ({@link pbi.dao.world.ItemChecks} in Java,
 * {@link pbi.dao.world.ItemSql} as one query when the world database shares the server) and their safe repairs
 * ({@link pbi.dao.world.ItemRepairs}); enchantment and gem names; and the demo's world database
 * ({@link pbi.dao.world.DemoWorldDatabase}).
 *
 * <p>Wiring: build one catalog per connection with
 * {@code ItemCatalog.lazy(database.dataSource()::getConnection, WorldSource.fromOptions(world, worldUrl, settings))},
 * call {@code load()} on a background thread, then read {@code available()} / {@code unavailableReason()} once
 * for the window's notice and the doctor's "item rules skipped" line. Nothing here depends on the doctor or the
 * GUI; rule findings carry their own {@link pbi.dao.world.ItemRule} ids, which the doctor maps onto its own.
 */
package pbi.dao.world;
