package pbi.app.gui.map;

import java.math.BigInteger;

/**
 * What the mouse is doing on the map, free of any toolkit: a press on a bot and a release in place is a click; a
 * press on the selected bot followed by a drag moves it; a drag anywhere else pans; Escape cancels a move.
 */
public final class Pointer {

    private enum State { IDLE, ON_BOT, MOVING_BOT, PANNING, CANCELLED }

    private static final double SLOP = 3;
    private final MapViewModel map;
    private State state = State.IDLE;
    private BigInteger bot;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;

    Pointer(MapViewModel map) {
        this.map = map;
    }

    public void press(double sx, double sy) {
        bot = map.botAt(sx, sy);
        state = bot != null ? State.ON_BOT : State.PANNING;
        startX = sx;
        startY = sy;
        lastX = sx;
        lastY = sy;
    }

    public void drag(double sx, double sy) {
        switch (state) {
            case ON_BOT -> {
                if (Math.hypot(sx - startX, sy - startY) <= SLOP) {
                    return;
                }
                if (bot.equals(map.selected())) {
                    state = State.MOVING_BOT;
                    map.hover(null);
                    map.dragTo(bot, sx, sy);
                } else {
                    // Only the selected bot moves; dragging another one pans, as on the background.
                    state = State.PANNING;
                    map.panBy(sx - lastX, sy - lastY);
                }
            }
            case MOVING_BOT -> map.dragTo(bot, sx, sy);
            case PANNING -> map.panBy(sx - lastX, sy - lastY);
            default -> {
            }
        }
        lastX = sx;
        lastY = sy;
    }

    public void release(double sx, double sy) {
        State was = state;
        state = State.IDLE;
        switch (was) {
            case ON_BOT -> map.click(bot);
            case MOVING_BOT -> {
                map.dragTo(bot, sx, sy);
                map.drop();
            }
            case PANNING -> {
                if (sx != startX || sy != startY) {
                    map.settle();
                }
            }
            default -> {
            }
        }
    }

    public void move(double sx, double sy) {
        if (state == State.IDLE) {
            map.hover(map.botAt(sx, sy));
        }
    }

    public void exit() {
        if (state == State.IDLE) {
            map.hover(null);
        }
    }

    /** Escape: a bot being dragged goes back; the rest of the gesture is ignored until the button is released. */
    public void escape() {
        if (state == State.MOVING_BOT) {
            state = State.CANCELLED;
            map.cancelDrag();
        }
    }

    public boolean isDragging() {
        return state == State.MOVING_BOT;
    }
}
