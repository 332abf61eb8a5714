package pbi.dao.doctor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Every doctor test again, with the scan split into two parallel halves of the guid range even for three bots. */
class DoctorSplitScanTest extends DoctorTest {

    private long saved;

    @BeforeEach
    void splitEveryScan() {
        saved = Scan.parallelMinBots;
        Scan.parallelMinBots = 1;
    }

    @AfterEach
    void restore() {
        Scan.parallelMinBots = saved;
    }
}
