package pbi.app.gui.editor;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import pbi.dao.domain.BotState;
import pbi.dao.domain.ColumnRanges;
import pbi.dao.domain.Limits;
import pbi.dao.domain.Money;
import pbi.dao.domain.World;

/**
 * The State tab's boxes as text, what is wrong with each, and which differ from the loaded bot. Reading the text
 * into a {@link BotState} is the pure {@link #read}; a value that was already out of range when loaded passes
 * unchanged, so a corrupt bot can still be edited elsewhere.
 */
public final class StateForm {

    private static final long MAX_INT = Integer.MAX_VALUE;
    private final Map<StateField, StringProperty> texts = new EnumMap<>(StateField.class);
    private final ObservableMap<StateField, String> problems =
            FXCollections.observableMap(new EnumMap<>(StateField.class));
    private final ObservableSet<StateField> changed =
            FXCollections.observableSet(EnumSet.noneOf(StateField.class));

    StateForm(Runnable onEdit) {
        for (StateField f : StateField.values()) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> onEdit.run());
            texts.put(f, p);
        }
    }

    /** The text of one box, bound by the view. */
    public StringProperty text(StateField field) {
        return texts.get(field);
    }

    /** Field -> what is wrong with its text. */
    public ObservableMap<StateField, String> problems() {
        return problems;
    }

    /** The fields whose value differs from the loaded bot. */
    public ObservableSet<StateField> changed() {
        return changed;
    }

    /** Fills every box from {@code state}; empty boxes for null. */
    void show(BotState state) {
        texts.forEach((f, p) -> p.set(state == null ? "" : f.shown(state)));
    }

    /** Reads the boxes against {@code base}, refreshing problems and changes; the edited state, or null. */
    BotState evaluate(BotState base, Limits limits) {
        Map<StateField, String> values = new EnumMap<>(StateField.class);
        texts.forEach((f, p) -> values.put(f, p.get() == null ? "" : p.get()));
        Reading reading = read(values, base, limits);
        problems.clear();
        problems.putAll(reading.problems());
        changed.clear();
        changed.addAll(changes(values, base, reading.state()));
        return reading.state();
    }

    void clearMarks() {
        problems.clear();
        changed.clear();
    }

    /** The state the boxes describe (null when any is invalid), and what is wrong with which box. */
    public record Reading(BotState state, Map<StateField, String> problems) {
    }

    /** Pure: parses and checks every box; limits apply only to values the user changed. */
    public static Reading read(Map<StateField, String> text, BotState base, Limits limits) {
        Map<StateField, String> found = new EnumMap<>(StateField.class);
        BigInteger gold = gold(text, base, limits, found);
        Float x = coordinate(text, StateField.X, base.positionX(), limits.worldHalfExtent(), found);
        Float y = coordinate(text, StateField.Y, base.positionY(), limits.worldHalfExtent(), found);
        Float z = coordinate(text, StateField.Z, base.positionZ(), limits.maxAbsZ(), found);
        Float facing = orientation(text, base.orientation(), found);
        Long map = whole(text, StateField.MAP, base.mapId(), 0, ColumnRanges.MAX_INT_UNSIGNED, found);
        Long zone = whole(text, StateField.ZONE, base.zoneId(), 0, ColumnRanges.MAX_INT_UNSIGNED, found);
        Long health = whole(text, StateField.HEALTH, base.health(), 0, MAX_INT, found);
        Long mana = whole(text, StateField.MANA, base.mana(), 0, MAX_INT, found);
        Long level = whole(text, StateField.LEVEL, base.level(), 1, limits.maxLevel(), found);
        if (map != null && zone != null && (map != base.mapId() || zone != base.zoneId())
                && !World.zoneFitsMap(map, zone)) {
            found.put(StateField.ZONE, World.zoneLabel(zone) + " is not on " + World.mapLabel(map)
                    + "; choose a zone of that map");
        }
        if (!found.isEmpty()) {
            return new Reading(null, found);
        }
        BotState state = base.withGold(gold).withPosition(x, y, z, map, zone, facing)
                .withVitals(health, mana, level.intValue());
        return new Reading(state, found);
    }

    /** Pure: the boxes whose text is not what {@code base} shows and whose value really differs. */
    public static Set<StateField> changes(Map<StateField, String> text, BotState base, BotState now) {
        Set<StateField> out = EnumSet.noneOf(StateField.class);
        for (StateField f : StateField.values()) {
            if (!text.get(f).strip().equals(f.shown(base)) && (now == null || f.differs(base, now))) {
                out.add(f);
            }
        }
        return out;
    }

    private static BigInteger gold(Map<StateField, String> text, BotState base, Limits limits,
            Map<StateField, String> found) {
        BigInteger g = null;
        Integer silver = null;
        Integer copper = null;
        try {
            g = Money.wholeGold(text.get(StateField.GOLD));
        } catch (IllegalArgumentException e) {
            found.put(StateField.GOLD, e.getMessage());
        }
        try {
            silver = Money.coin(text.get(StateField.SILVER), StateField.SILVER.label());
        } catch (IllegalArgumentException e) {
            found.put(StateField.SILVER, e.getMessage());
        }
        try {
            copper = Money.coin(text.get(StateField.COPPER), StateField.COPPER.label());
        } catch (IllegalArgumentException e) {
            found.put(StateField.COPPER, e.getMessage());
        }
        if (g == null || silver == null || copper == null) {
            return null;
        }
        BigInteger total = Money.of(g, silver, copper);
        if (!total.equals(base.goldCopper()) && total.compareTo(limits.goldCap()) > 0) {
            found.put(StateField.GOLD, Money.atMost("Gold", limits.goldCap()));
            return null;
        }
        if (total.compareTo(ColumnRanges.MAX_BIGINT_UNSIGNED) > 0) {
            found.put(StateField.GOLD, "Gold is more than the column can hold");
            return null;
        }
        return total;
    }

    private static Float coordinate(Map<StateField, String> text, StateField field, float old, double extent,
            Map<StateField, String> found) {
        Float v = parseFloat(text.get(field));
        String rule = field.label() + " must be between " + fmt(-extent) + " and " + fmt(extent) + " yards";
        if (v == null || (Float.floatToRawIntBits(v) != Float.floatToRawIntBits(old) && !(Math.abs(v) <= extent))) {
            found.put(field, rule);
            return null;
        }
        return v;
    }

    private static Float orientation(Map<StateField, String> text, float old, Map<StateField, String> found) {
        Float v = parseFloat(text.get(StateField.ORIENTATION));
        if (v == null || (Float.floatToRawIntBits(v) != Float.floatToRawIntBits(old)
                && !(v >= 0 && v < Limits.TWO_PI))) {
            found.put(StateField.ORIENTATION, "Orientation must be between 0 and 6.2832 radians");
            return null;
        }
        return v;
    }

    private static Float parseFloat(String text) {
        String t = text.strip();
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        float v = Float.parseFloat(t);
        return Float.isFinite(v) ? v : null;
    }

    private static Long whole(Map<StateField, String> text, StateField field, long old, long min, long max,
            Map<StateField, String> found) {
        String t = text.get(field).strip().replace(",", "");
        String rule = field.label() + " must be a whole number from " + String.format(Locale.ROOT, "%,d", min)
                + " to " + String.format(Locale.ROOT, "%,d", max);
        if (!t.matches("\\d{1,12}")) {
            found.put(field, rule);
            return null;
        }
        long v = Long.parseLong(t);
        if (v > ColumnRanges.MAX_INT_UNSIGNED || (v != old && (v < min || v > max))) {
            found.put(field, rule);
            return null;
        }
        return v;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }
}
