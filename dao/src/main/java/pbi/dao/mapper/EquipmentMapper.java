package pbi.dao.mapper;

import java.math.BigInteger;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.EquipmentSummary;

/** Statements on {@code playerbot_equipment}; the PBDB_*EQUIP* family of the server. */
public interface EquipmentMapper {

    /** SEL_BOT_EQUIPMENT. */
    List<EquipmentItem> selectEquipment(BigInteger botGuid);

    /** SEL_BOT_EQUIPMENT with row and gap locks, for the conflict check inside a save. */
    List<EquipmentItem> selectEquipmentForUpdate(BigInteger botGuid);

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
