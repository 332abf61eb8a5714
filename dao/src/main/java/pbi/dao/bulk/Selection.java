package pbi.dao.bulk;

import java.math.BigInteger;
import java.util.List;
import pbi.dao.doctor.Rule;
import pbi.dao.domain.BotQuery;
import pbi.dao.domain.World;

/** Which bots a bulk edit touches. */
public sealed interface Selection {

    /** For the report: "bots in Elwynn Forest (12)". */
    String describe();

    /** The bots a browse filter finds (its map, zone and filters; its sort and page size do not matter). */
    record Filter(BotQuery query) implements Selection {
        @Override
        public String describe() {
            StringBuilder text = new StringBuilder("bots matching the filter (");
            text.append(query.zoneId() != null ? World.zoneLabel(query.zoneId())
                    : query.mapId() != null ? World.mapLabel(query.mapId()) : "all maps");
            if (query.guid() != null || query.namePrefix() != null) {
                text.append(", search \"").append(query.namePrefix() != null ? query.namePrefix() : query.guid())
                        .append('"');
            }
            if (query.minLevel() != null || query.maxLevel() != null) {
                text.append(", level ").append(query.minLevel() == null ? "" : query.minLevel()).append("..")
                        .append(query.maxLevel() == null ? "" : query.maxLevel());
            }
            if (query.minGold() != null || query.maxGold() != null) {
                text.append(", gold ").append(query.minGold() == null ? "" : pbi.dao.domain.Money.format(query.minGold()))
                        .append("..").append(query.maxGold() == null ? "" : pbi.dao.domain.Money.format(query.maxGold()));
            }
            return text.append(')').toString();
        }
    }

    /** The bots on a map, or in one zone of it. */
    record Area(long mapId, Long zoneId) implements Selection {
        @Override
        public String describe() {
            return "bots in " + (zoneId != null ? World.zoneLabel(zoneId) + " on " : "") + World.mapLabel(mapId);
        }
    }

    /** The bots the doctor finds breaking one rule, on the whole database or on a map or zone. */
    record RuleFindings(Rule rule, Long mapId, Long zoneId) implements Selection {
        @Override
        public String describe() {
            return "bots breaking " + rule.id() + (mapId == null ? "" : " in "
                    + (zoneId != null ? World.zoneLabel(zoneId) : World.mapLabel(mapId)));
        }
    }

    /** Bots by guid, in the order given. */
    record Guids(List<BigInteger> guids) implements Selection {
        public Guids {
            guids = List.copyOf(guids);
        }

        @Override
        public String describe() {
            return guids.size() == 1 ? "bot " + guids.get(0) : guids.size() + " bots by guid";
        }
    }
}
