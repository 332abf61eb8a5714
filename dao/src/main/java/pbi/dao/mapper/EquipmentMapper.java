package pbi.dao.mapper;

import java.math.BigInteger;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.EquipmentSummary;

/** Statements on {@code playerbot_equipment}; the PBDB_*EQUIP* family of the server. */
public interface EquipmentMapper {

    /** SEL_BOT_EQUIPMENT. */
    default List<EquipmentItem> selectEquipment(BigInteger botGuid) {
        return selectEquipment(botGuid, false);
    }

    /** SEL_BOT_EQUIPMENT; with {@code lock}, row and gap locks, taken last, after state and inventory. */
    List<EquipmentItem> selectEquipment(@Param("botGuid") BigInteger botGuid, @Param("lock") boolean lock);

    /** SEL_EQUIPMENT_SLOT. */
    EquipmentItem selectEquipmentSlot(@Param("botGuid") BigInteger botGuid, @Param("slot") int slot);

    /** INS_EQUIPMENT_ITEM. */
    int insertEquipmentItem(EquipmentItem item);

    /** UPD_EQUIPMENT_ITEM. */
    int updateEquipmentItem(EquipmentItem item);

    /** DEL_EQUIPMENT_ITEM. */
    int deleteEquipmentItem(@Param("botGuid") BigInteger botGuid, @Param("slot") int slot);

    /** DEL_BOT_EQUIPMENT. */
    int deleteEquipment(BigInteger botGuid);

    /** SEL_EQUIPMENT_SUMMARY. */
    List<EquipmentSummary> selectEquipmentSummary(BigInteger botGuid);
}
