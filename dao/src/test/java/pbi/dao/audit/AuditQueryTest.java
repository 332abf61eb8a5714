package pbi.dao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void relativeTimesCountBackFromNow() {
        assertThat(AuditQuery.parseTime("2h", NOW)).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(AuditQuery.parseTime("7d", NOW)).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(AuditQuery.parseTime("30m", NOW)).isEqualTo(Instant.parse("2026-12-02T11:30:00Z"));
        assertThat(AuditQuery.parseTime("1w", NOW)).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
    }

    @Test
    void isoDatesAndTimesAreUtcUnlessTheySayOtherwise() {
        assertThat(AuditQuery.parseTime("2026-12-01", NOW)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(AuditQuery.parseTime("2026-12-01T08:30", NOW)).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
        assertThat(AuditQuery.parseTime("2026-12-01T08:30:00+01:00", NOW))
                .isEqualTo(Instant.parse("2026-12-01T07:30:00Z"));
    }

    @Test
    void anythingElseIsRefusedWithTheFormsItMayTake() {
        assertThatThrownBy(() -> AuditQuery.parseTime("yesterday", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'yesterday' is not a time: write 2h, 7d");
    }

    @Test
    void aRecordSurvivesItsJsonLineAndMatchesByBotTimeAndEitherUser() {
        AuditRecord r = new AuditRecord(NOW, "alice", "trinity", "realm:3306", "characters", "save",
                new BigInteger("18446744073709551615"), List.of(new AuditChange("state", "level", "1", "2"),
                        new AuditChange("inventory bag 0 slot 1", null, null, "item 5 ×1 (guid 9)")), 3,
                "a \"note\"", "1.0");

        AuditRecord back = AuditRecord.parse(r.toJson());

        assertThat(back).isEqualTo(r);
        assertThat(new AuditQuery(r.bot(), NOW.minusSeconds(1), "ALICE", 10).matches(r)).isTrue();
        assertThat(new AuditQuery(null, null, "trinity", 10).matches(r)).isTrue();
        assertThat(new AuditQuery(null, NOW.plusSeconds(1), null, 10).matches(r)).isFalse();
        assertThat(new AuditQuery(BigInteger.ONE, null, null, 10).matches(r)).isFalse();
        assertThatThrownBy(() -> AuditRecord.parse("{\"x\":1}")).hasMessageContaining("not an audit record");
    }
}
