package pbi.dao.doctor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.Holder;
import pbi.dao.mapper.DoctorMapper;

/** Duplicated item guids across bots: who holds each copy, which copy stays, and the check after a repair. */
final class Duplicates {

    private static final int IN_LIST_CHUNK = 1000;

    /** The copy that stays: an equipped one first, then the lowest bot guid, bag and slot. */
    static final Comparator<Holder> KEEP_FIRST = Comparator.comparing((Holder h) -> !h.equipped())
            .thenComparing(Holder::botGuid)
            .thenComparing(h -> h.bag() == null ? -1 : h.bag())
            .thenComparingInt(Holder::slot);

    private Duplicates() {
    }

    /** Every row holding one of the item guids, by item guid. */
    static Map<BigInteger, List<Holder>> holders(SqlSession session, Collection<BigInteger> itemGuids) {
        List<BigInteger> all = new ArrayList<>(itemGuids);
        Map<BigInteger, List<Holder>> byGuid = new LinkedHashMap<>();
        DoctorMapper doctor = session.getMapper(DoctorMapper.class);
        for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
            for (Holder h : doctor.holders(all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)))) {
                byGuid.computeIfAbsent(h.itemGuid(), g -> new ArrayList<>()).add(h);
            }
        }
        return byGuid;
    }

    /** For each bot, the places whose copy of a duplicated item guid goes (every copy but the one that stays). */
    static Map<BigInteger, Set<Place>> removals(SqlSession session, Set<BigInteger> duplicated) {
        Map<BigInteger, Set<Place>> removals = new HashMap<>();
        if (duplicated.isEmpty()) {
            return removals;
        }
        holders(session, duplicated).forEach((itemGuid, holders) -> {
            List<Holder> ordered = holders.stream().sorted(KEEP_FIRST).toList();
            for (Holder h : ordered.subList(1, ordered.size())) {
                removals.computeIfAbsent(h.botGuid(), g -> new HashSet<>()).add(Place.of(h));
            }
        });
        return removals;
    }

    /** The findings of the item guids still held more than once. */
    static List<Finding> findings(SqlSession session, Collection<BigInteger> itemGuids) {
        List<Finding> out = new ArrayList<>();
        holders(session, itemGuids).forEach((guid, holders) -> {
            if (holders.size() > 1) {
                holders.forEach(h -> out.add(Checks.duplicate(h.botGuid(), Place.of(h), guid,
                        holders.stream().filter(o -> o != h).map(Place::describe).toList())));
            }
        });
        return out;
    }

    /** The item guid at a place of the bot, if it holds one. */
    static Set<BigInteger> guidsAt(BotSnapshot bot, Place place) {
        Set<BigInteger> out = new LinkedHashSet<>();
        if (place.table() == Place.Table.INVENTORY) {
            bot.itemAt(place.bag(), place.slot()).ifPresent(i -> out.add(i.itemGuid()));
        } else if (place.table() == Place.Table.EQUIPMENT) {
            bot.equippedAt(place.slot()).ifPresent(e -> out.add(e.itemGuid()));
        }
        return out;
    }
}
