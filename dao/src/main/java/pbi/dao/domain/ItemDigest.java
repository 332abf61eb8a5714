package pbi.dao.domain;

import java.math.BigInteger;

/**
 * One bot's inventory or equipment rows folded into one row by the server: the item guids, the non-empty serialized
 * strings joined with '|', and how many rows break a rule SQL can check. Folding saves sending millions of rows.
 */
public record ItemDigest(BigInteger botGuid, long rows, String itemGuids, long enchantmentCount, String enchantments,
        long gemCount, String gems, long badRows) {
}
