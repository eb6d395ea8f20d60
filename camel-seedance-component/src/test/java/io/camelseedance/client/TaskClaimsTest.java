package io.camelseedance.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims of an account's tasks: remembered for a day, and pruned at a cost that does not grow with the tasks a
 * day brings (a fixed limit made every claim past 10,000 scan all of them).
 */
class TaskClaimsTest {

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aTaskIsClaimedOnce() {
        TaskClaims claims = new TaskClaims();

        assertThat(claims.claim("cgt-1")).isTrue();
        assertThat(claims.claim("cgt-1")).as("claimed already").isFalse();
        assertThat(claims.isClaimed("cgt-1")).isTrue();
        assertThat(claims.isClaimed("cgt-2")).isFalse();
    }

    @Test
    void claimsOfADayAreKeptAndThePruneLimitGrowsWithThem() {
        MovableClock clock = new MovableClock();
        TaskClaims claims = new TaskClaims(clock);

        for (int i = 0; i < 100_000; i++) {
            claims.claim("cgt-" + i);
        }

        assertThat(claims.claimsRemembered()).as("none is a day old").isEqualTo(100_000);
        // looked through when they passed 10,000, 20,002, 40,006 and 80,014 (each time twice what was left): four
        // scans for 100,000 claims, the next one due past 160,030, not at the next claim
        assertThat(claims.claimsPrunedAbove()).isEqualTo(160_030);
    }

    @Test
    void claimsOlderThanADayAreForgottenAtTheNextPrune() {
        MovableClock clock = new MovableClock();
        TaskClaims claims = new TaskClaims(clock);
        for (int i = 0; i <= 10_000; i++) {
            claims.claim("old-" + i);
        }
        clock.advance(Duration.ofDays(1).plusSeconds(1));

        claims.claim("new-0");
        claims.claim("new-1");

        assertThat(claims.isClaimed("old-0")).as("forgotten").isFalse();
        assertThat(claims.isClaimed("new-0")).isTrue();
        assertThat(claims.claimsRemembered()).isEqualTo(2);
        assertThat(claims.claimsPrunedAbove()).as("back to the floor").isEqualTo(10_000);
    }
}
