package pbi.dao.doctor;

import java.math.BigInteger;

/** A row that holds a given item guid; {@code bag} is null for equipment. */
public record Holder(String table, BigInteger botGuid, Integer bag, int slot, BigInteger itemGuid) {

    public boolean equipped() {
        return "EQUIPMENT".equals(table);
    }

    public Place place() {
        return equipped() ? Place.equipment(slot, "item_guid") : Place.inventory(bag, slot, "item_guid");
    }

    /** "bot 7 equipment slot 4 Chest" */
    public String describe() {
        return "bot " + botGuid + " " + place().describe().replace(" (item_guid)", "");
    }
}
