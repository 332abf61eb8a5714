package pbi.dao.domain;

import java.math.BigInteger;

/** A bot guid with inventory or equipment rows but no state row. */
public record Orphan(BigInteger botGuid, long inventoryRows, long equipmentRows) {
}
