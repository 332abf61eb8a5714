package pbi.dao.domain;

import java.math.BigInteger;

/** SEL_INVENTORY_SUMMARY: the number of inventory rows and the sum of their stacks. */
public record InventorySummary(long rows, BigInteger totalStack) {
}
