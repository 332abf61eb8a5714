package pbi.app.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import pbi.dao.db.Database;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.Limits;
import pbi.dao.testing.TestDatabase;
import pbi.dao.world.ItemCatalog;

/**
 * Issue 13, point 8: editing never makes a bot worse. Scans with the real doctor before a flow and, after it, fails
 * on any finding that was not there before. A finding is its bot, rule and place, so a repaired value or a moved
 * item's new problem counts as new, while a problem the flow left alone is not. The whole test database is scanned:
 * a flow that touches another bot (a duplicated item guid, orphan rows left by a delete) is caught too.
 */
public final class DoctorWatch {

    private final Doctor doctor;
    private final Scope scope;
    private final Set<String> before;

    private DoctorWatch(Doctor doctor, Scope scope) {
        this.doctor = doctor;
        this.scope = scope;
        this.before = scan();
    }

    /** Scans the shared test database now, without item rules. */
    public static DoctorWatch start() {
        return start(TestDatabase.database(), null);
    }

    /** Scans {@code database} now, with the item rules when {@code items} is given. */
    public static DoctorWatch start(Database database, ItemCatalog items) {
        return new DoctorWatch(new Doctor(database, Limits.wotlk(), items), Scope.wholeDatabase());
    }

    /** What the doctor found before the flow, one "bot rule place" line each. */
    public Set<String> before() {
        return before;
    }

    /** Fails when the doctor now finds anything it did not find before the flow. */
    public void assertNothingNew() {
        assertThat(scan()).as("findings after the flow, against before: %s", before).isSubsetOf(before);
    }

    private Set<String> scan() {
        Set<String> out = new TreeSet<>();
        for (Finding f : doctor.scan(scope)) {
            out.add(key(f));
        }
        return out;
    }

    private static String key(Finding f) {
        return "bot " + f.botGuid() + " " + f.rule().id() + " " + f.location();
    }
}
