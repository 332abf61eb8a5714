package pbi.dao.demo;

import java.util.function.Consumer;
import pbi.dao.db.EmbeddedDatabase;

/** The deterministic demo world of the embedded database. (Being written: see issue 2.) */
public final class DemoWorld {

    private DemoWorld() {
    }

    /** Fills the embedded database with the demo world unless a complete one is already there. */
    public static void ensure(EmbeddedDatabase embedded, Consumer<String> progress) {
        progress.accept("Demo world pending");
    }
}
