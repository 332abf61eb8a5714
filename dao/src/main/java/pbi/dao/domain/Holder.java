package pbi.dao.domain;

import java.math.BigInteger;

/** A row that holds a given item guid; {@code bag} is null for equipment. */
public record Holder(String table, BigInteger botGuid, Integer bag, int slot, BigInteger itemGuid) {

    public boolean equipped() {
        return "EQUIPMENT".equals(table);
    }
}
