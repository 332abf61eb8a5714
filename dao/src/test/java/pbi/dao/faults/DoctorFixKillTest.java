package pbi.dao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pbi.dao.db.Database;
import pbi.dao.doctor.Doctor;
import pbi.dao.doctor.Finding;
import pbi.dao.doctor.FixOutcome;
import pbi.dao.doctor.FixPlan;
import pbi.dao.doctor.FixReport;
import pbi.dao.doctor.Rule;
import pbi.dao.doctor.Scope;
import pbi.dao.domain.BotSnapshot;
import pbi.dao.domain.EquipmentItem;
import pbi.dao.domain.InventoryItem;
import pbi.dao.domain.Limits;
import pbi.dao.service.BotService;
import pbi.dao.testing.Bots;
import pbi.dao.testing.FaultServer;

/**
 * The server dies (SIGKILL) while the doctor repairs many corrupt bots: every bot is wholly as before or wholly
 * repaired, the outcomes say which, and running the repair again finishes the job.
 */
@Tag("fault")
class DoctorFixKillTest {

    private static final int BOTS = 100;
    private static final int ITEMS = 40;
    private static final int WORN = 12;

    private static FaultServer server;
    private static Database database;

    @BeforeAll
    static void start() {
        server = FaultServer.start("fixkill");
        database = Database.open(server.settings());
    }

    @AfterAll
    static void stop() {
        database.close();
        server.close();
    }

    @Test
    void killsDuringADoctorFixLeaveEveryBotBeforeOrAfterAndARerunCompletes() throws Exception {
        BotService bots = new BotService(database);
        Doctor doctor = new Doctor(database, Limits.wotlk());
        Random random = new Random(13);
        int trials = 3;
        int fixedMidway = 0;
        int notFixedMidway = 0;
        int unknown = 0;
        int rerunFixed = 0;
        List<String> mixed = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int trial = 0; trial < trials; trial++) {
            long first = 10_000L * (trial + 1);
            Map<BigInteger, BotSnapshot> corrupt = corruptBots(bots, first);
            List<Finding> findings = inRange(doctor.scan(Scope.wholeDatabase()), first);
            assertThat(findings).extracting(Finding::rule).contains(Rule.LEVEL_OUT_OF_RANGE, Rule.GOLD_OVER_CAP,
                    Rule.STACK_ZERO, Rule.INVENTORY_ENCHANTMENTS_MALFORMED, Rule.TOO_MANY_GEMS);
            FixPlan plan = doctor.fixer().plan(findings);
            assertThat(plan.bots()).hasSize(BOTS);

            // Killed once some bots have landed, so that the kill falls in the middle of the run.
            int landedBeforeKill = 5 + random.nextInt(BOTS / 2);
            CountDownLatch landed = new CountDownLatch(landedBeforeKill);
            CompletableFuture<List<FixOutcome>> run = CompletableFuture.supplyAsync(() -> doctor.fixer().apply(plan,
                    b -> { }, o -> landed.countDown()));
            assertThat(landed.await(120, TimeUnit.SECONDS)).as("bots repaired before the kill").isTrue();
            FaultServer.pause(Duration.ofMillis(random.nextInt(30)));
            server.kill();
            // Either the server comes back at once, as after a crash with a supervisor (the bot being repaired may
            // then be retried), or only after the repair has given up on it.
            boolean backAtOnce = trial % 2 == 0;
            if (backAtOnce) {
                server.restart();
            }
            List<FixOutcome> outcomes = run.get(180, TimeUnit.SECONDS);
            if (!backAtOnce) {
                server.restart();
            }
            System.out.printf("trial %d: killed after %d of %d landed, server back %s%n", trial, landedBeforeKill, BOTS,
                    backAtOnce ? "at once" : "after the repair returned");
            FixReport.problems(outcomes).forEach(line -> System.out.println("  report: " + line));

            assertThat(outcomes).extracting(FixOutcome::botGuid).containsExactlyElementsOf(corrupt.keySet());
            for (FixOutcome o : outcomes) {
                BotSnapshot before = corrupt.get(o.botGuid());
                BotSnapshot now = bots.load(o.botGuid()).orElseThrow();
                boolean old = now.sameValues(before);
                boolean repaired = now.sameValues(repaired(before));
                if (!old && !repaired) {
                    mixed.add("trial " + trial + " bot " + o.botGuid());
                    continue;
                }
                switch (o.status()) {
                    case FIXED -> {
                        assertThat(repaired).as("bot %s reported repaired", o.botGuid()).isTrue();
                        fixedMidway++;
                    }
                    case OUTCOME_UNKNOWN -> unknown++;
                    default -> {
                        assertThat(old).as("bot %s reported %s", o.botGuid(), o.status()).isTrue();
                        notFixedMidway++;
                    }
                }
                if (o.status() != FixOutcome.Status.FIXED) {
                    assertThat(o.message()).doesNotContain("Exception").doesNotContain("\tat ")
                            .containsAnyOf("connection to the server was lost", "Cannot reach the database server");
                }
            }
            List<String> report = FixReport.problems(outcomes);
            assertThat(report).allSatisfy(line -> assertThat(line).doesNotContain("Exception"));
            if (outcomes.stream().anyMatch(o -> o.status() == FixOutcome.Status.NOT_TRIED)) {
                assertThat(report).anySatisfy(line -> assertThat(line).contains("not tried")
                        .contains("run the same repair again to finish"));
            }
            if (!backAtOnce) {
                // The server stayed down: the repair stopped on the lost bot instead of waiting on every other one.
                assertThat(outcomes).extracting(FixOutcome::status).contains(FixOutcome.Status.NOT_TRIED);
            }

            // The same repair again, from a fresh scan, finishes: a last scan finds none of those problems.
            List<Finding> left = inRange(doctor.scan(Scope.wholeDatabase()), first);
            List<FixOutcome> again = doctor.fixer().apply(doctor.fixer().plan(left), b -> { });
            assertThat(again).allSatisfy(o -> assertThat(o.status()).isEqualTo(FixOutcome.Status.FIXED));
            rerunFixed += again.size();
            assertThat(inRange(doctor.scan(Scope.wholeDatabase()), first)).isEmpty();
            for (BotSnapshot before : corrupt.values()) {
                assertThat(bots.load(before.guid()).orElseThrow().sameValues(repaired(before))).isTrue();
            }
        }
        System.out.printf("kills during a doctor fix: %d trials of %d bots, repaired before the kill settled: %d,"
                + " not repaired: %d, unknown: %d, mixed: %d, repaired by the rerun: %d, %.1f s%n", trials, BOTS,
                fixedMidway, notFixedMidway, unknown, mixed.size(), rerunFixed, (System.nanoTime() - t0) / 1e9);
        assertThat(mixed).isEmpty();
    }

    /**
     * {@code BOTS} bots from guid {@code first}, each broken in all three tables: level 0 and gold over the cap,
     * every bag item a stack of 0 with a negative enchantment duration, every worn item four gems.
     */
    private static Map<BigInteger, BotSnapshot> corruptBots(BotService bots, long first) {
        for (long g = first; g < first + BOTS; g++) {
            bots.replace(Bots.bot(g, ITEMS, WORN));
        }
        String range = " WHERE bot_guid BETWEEN " + first + " AND " + (first + BOTS - 1);
        server.sql("UPDATE playerbot_state SET level = 0, gold_copper = " + Limits.wotlk().goldCap().add(
                        BigInteger.ONE) + range,
                "UPDATE playerbot_inventory SET stack_count = 0, enchantments = '3225:0;3229:-60'" + range,
                "UPDATE playerbot_equipment SET gems = '41398,40111,40112,40113'" + range);
        Map<BigInteger, BotSnapshot> corrupt = new TreeMap<>();
        for (long g = first; g < first + BOTS; g++) {
            BigInteger guid = BigInteger.valueOf(g);
            corrupt.put(guid, bots.load(guid).orElseThrow());
        }
        return corrupt;
    }

    /** The bot as the repair must leave it, written out by hand rather than by the code under test. */
    private static BotSnapshot repaired(BotSnapshot corrupt) {
        List<InventoryItem> items = corrupt.inventory().stream().map(i -> i.withStack(1).withEnchantments("3225:0"))
                .toList();
        List<EquipmentItem> worn = corrupt.equipment().stream().map(e -> e.withGems("41398,40111,40112")).toList();
        return new BotSnapshot(corrupt.state().withVitals(corrupt.state().health(), corrupt.state().mana(), 1)
                .withGold(Limits.wotlk().goldCap()), items, worn);
    }

    private static List<Finding> inRange(List<Finding> findings, long first) {
        return findings.stream().filter(f -> f.botGuid().longValue() >= first
                && f.botGuid().longValue() < first + BOTS).toList();
    }
}
