package pbi.app.gui.bulk;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import pbi.dao.domain.Money;

/** What the bulk edit form's boxes hold, read with one clear message per bad value. Pure. */
final class BulkInput {

    private BulkInput() {
    }

    /** "42, 43 44": guids separated by commas or spaces. */
    static List<BigInteger> guids(String text) {
        List<BigInteger> list = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                list.add(new BigInteger(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Bot guids are whole numbers separated by commas, not \""
                        + part + "\"");
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("Type the bot guids, separated by commas");
        }
        return list;
    }

    static BigInteger gold(String text, String what) {
        BigInteger copper = Money.parse(text, what);
        if (copper == null) {
            throw new IllegalArgumentException(what + " is empty: type gold pieces (1500) or like 12g 34s 56c");
        }
        return copper;
    }

    static Long id(String text, String what, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(what + " is empty: type its id, such as 12");
            }
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number from 0 to 4294967295, not \""
                    + text.strip() + "\"");
        }
    }
}
