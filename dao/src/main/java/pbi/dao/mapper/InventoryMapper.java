package pbi.dao.mapper;

import java.math.BigInteger;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.InventorySummary;

/** Statements on {@code playerbot_inventory}; the PBDB_*INVENTORY* family of the server. */
public interface InventoryMapper {

    /** SEL_BOT_INVENTORY. */
    default List<InventoryItem> selectInventory(BigInteger botGuid) {
        return selectInventory(botGuid, false);
    }

    /** SEL_BOT_INVENTORY; with {@code lock}, row and gap locks, taken after the state row's. */
    List<InventoryItem> selectInventory(@Param("botGuid") BigInteger botGuid, @Param("lock") boolean lock);

    /** SEL_BOT_INVENTORY_SLOT. */
    InventoryItem selectInventorySlot(@Param("botGuid") BigInteger botGuid, @Param("bag") int bag,
            @Param("slot") int slot);

    /** INS_INVENTORY_ITEM. */
    int insertInventoryItem(InventoryItem item);

    /** UPD_INVENTORY_ITEM: every value column of the row at the item's bag and slot. */
    int updateInventoryItem(InventoryItem item);

    /** DEL_INVENTORY_ITEM. */
    int deleteInventoryItem(@Param("botGuid") BigInteger botGuid, @Param("bag") int bag, @Param("slot") int slot);

    /** DEL_BOT_INVENTORY. */
    int deleteInventory(BigInteger botGuid);

    /** SEL_INVENTORY_SUMMARY. */
    InventorySummary selectInventorySummary(BigInteger botGuid);
}
