package io.camelseedance.component;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.SeedanceBudgetException;
import io.camelseedance.tracking.JdbcTaskStore;
import io.camelseedance.tracking.SpendLedger;
import io.camelseedance.tracking.SpendLedger.Reservation;
import io.camelseedance.tracking.TrackerKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What the PostgreSQL store keeps of shared budgets and slots when an instance dies: its slots free up, and its
 * reservations are charged their estimates, once its lease ends; a live instance's are kept by renewing it.
 */
class SharedSpendingTest {

    private static final Duration LEASE = Duration.ofSeconds(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final TrackerKey ACCOUNT = TrackerKey.of("byteplus", "http://127.0.0.1:1/api/v3", "a-key");

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private static JdbcTaskStore store(String instance) {
        JdbcTaskStore store = new JdbcTaskStore(DB.dataSource(), LEASE, instance);
        store.open();
        return store;
    }

    @Test
    void theSlotsOfAnInstanceThatStoppedRenewingItsLeaseFreeUpForTheOthers() {
        JdbcTaskStore dead = store("dead");
        JdbcTaskStore live = store("live");
        assertThat(dead.claimSlot(ACCOUNT, "d1", 2)).isTrue();
        assertThat(dead.claimSlot(ACCOUNT, "d2", 2)).isTrue();
        assertThat(live.claimSlot(ACCOUNT, "l1", 2)).as("the cap counts both instances").isFalse();
        assertThat(live.claimSlot(TrackerKey.of("byteplus", "http://127.0.0.1:1/api/v3", "other-key"), "o1", 2))
                .as("another account has its own cap").isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> live.claimSlot(ACCOUNT, "l1", 2));
        live.releaseSlot("l1");
        assertThat(live.claimSlot(ACCOUNT, "l2", 1)).isTrue();
        assertThat(live.claimSlot(ACCOUNT, "l3", 1)).as("a live slot is kept").isFalse();
        live.renew();
        assertThat(live.claimSlot(ACCOUNT, "l4", 0)).as("a task already in flight takes one beyond the cap").isTrue();
    }

    @Test
    void theReservationsOfAnInstanceThatDiedAreChargedTheirEstimates() {
        JdbcTaskStore dead = store("dead-b");
        JdbcTaskStore live = store("live-b");
        assertThat(dead.openBudget("b", "tokens")).isEqualTo("tokens");
        assertThat(live.openBudget("b", "credits")).as("kept in the unit of its first user").isEqualTo("tokens");
        dead.reserve("b", "t1", new Reservation(100, null), DAY, ledger -> {
        });
        live.reserve("b", "t2", new Reservation(50, null), DAY, ledger -> {
        });
        assertThat(live.ownReservations("b")).containsOnlyKeys("t2");
        SpendLedger both = live.ledger("b", DAY);
        assertThat(both.reservedTotal()).isEqualTo(150);
        assertThat(both.tasksToday()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            live.renew();
            assertThat(live.ledger("b", DAY).spent()).isEqualTo(100);
        });
        SpendLedger after = live.ledger("b", DAY);
        assertThat(after.reserved()).isEqualTo(Map.of("t2", new Reservation(50, null)));
        live.settle("b", "t2", DAY, reservation -> 30);
        assertThat(live.ledger("b", DAY).spent()).isEqualTo(130);
    }

    @Test
    void aRefusedReservationChangesNothing() {
        JdbcTaskStore store = store("one");
        store.openBudget("r", "tokens");
        assertThatThrownBy(() -> store.reserve("r", "t", new Reservation(10, null), DAY, ledger -> {
            throw new SeedanceBudgetException("r", "refused");
        })).isInstanceOf(SeedanceBudgetException.class);
        SpendLedger ledger = store.ledger("r", DAY);
        assertThat(ledger.reserved()).isEmpty();
        assertThat(ledger.tasksToday()).isZero();
        store.reserve("r", "t", new Reservation(10, null), DAY, l -> {
        });
        store.refund("r", "t");
        assertThat(store.ledger("r", DAY).tasksToday()).isZero();
    }
}
