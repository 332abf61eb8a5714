package pbi.dao.doctor;

import java.math.BigInteger;

/**
 * One broken rule in one bot.
 *
 * @param detail a sentence for people: what is wrong and what the legal range is
 * @param value the value as stored, as text (the item guid for duplicates)
 */
public record Finding(BigInteger botGuid, Rule rule, Place place, String detail, String value) {

    public Severity severity() {
        return rule.severity();
    }

    public String location() {
        return place.describe();
    }
}
