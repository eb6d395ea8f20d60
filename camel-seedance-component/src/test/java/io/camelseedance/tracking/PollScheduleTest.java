package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollScheduleTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration FIVE = Duration.ofSeconds(5);
    private static final Duration THIRTY = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void tasksSubmittedAtDifferentTimesAreDueInTheSameRoundSoTheyShareABatch() {
        Set<Instant> firstLooks = new HashSet<>();
        for (int ms = 0; ms < 1000; ms += 37) {
            firstLooks.add(PollSchedule.nextLook(T0.plusMillis(ms), T0.plusMillis(ms), SECOND, SECOND, null, null));
        }

        // submitted across one second, they fall on two rounds (the half second decides which), not 28 instants
        assertThat(firstLooks).containsExactlyInAnyOrder(T0.plusSeconds(1), T0.plusSeconds(2));
    }

    @Test
    void aConstantDelayKeepsATaskOnItsRoundWhateverTheReadTook() {
        // answered 180 ms after the round of 10:00:03: the next look is 10:00:04, not 10:00:04.180
        assertThat(PollSchedule.nextLook(T0.plusSeconds(3), T0.plusMillis(3180), SECOND, SECOND, null, null))
                .isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void aSlowAnswerDoesNotPushTheLookToTheRoundAfterNext() {
        // the look of 10:00:03 answered at 10:00:03.700: the next is still 10:00:04
        assertThat(PollSchedule.nextLook(T0.plusSeconds(3), T0.plusMillis(3700), SECOND, SECOND, null, null))
                .isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void anAnswerLaterThanTheNextRoundStandsForItsLookAndTheTaskGoesBackOnTheRounds() {
        // the look of 10:00:03 answered at 10:00:04.200: no second read at once, off the rounds, of what was just
        // read; the task is read again with the others at 10:00:05
        assertThat(PollSchedule.nextLook(T0.plusSeconds(3), T0.plusMillis(4200), SECOND, SECOND, null, null))
                .isEqualTo(T0.plusSeconds(5));
        // even when it comes right after a round
        assertThat(PollSchedule.nextLook(T0.plusSeconds(3), T0.plusMillis(5001), SECOND, SECOND, null, null))
                .isEqualTo(T0.plusSeconds(6));
    }

    @Test
    void aGrownDelayMovesToItsOwnRoundsAboutOneDelayOn() {
        Instant next = PollSchedule.nextLook(T0.plusMillis(20_050), T0.plusMillis(20_050), Duration.ofMillis(7500),
                FIVE, null, null);

        assertThat(next.toEpochMilli() % 7500).isZero();
        assertThat(Duration.between(T0.plusMillis(20_050), next))
                .isBetween(Duration.ofMillis(3750), Duration.ofMillis(11_250));
    }

    @Test
    void aLongDelayNeverCarriesTheLookPastTheExpectedEnd() {
        Instant now = T0.plusSeconds(40);
        Instant expectedEnd = T0.plusMillis(52_300);

        Instant next = PollSchedule.nextLook(now, now, THIRTY, FIVE, expectedEnd, null);

        // the first round of the short delay at or after the expected end, not a round of 30 s
        assertThat(next).isEqualTo(T0.plusSeconds(55));
    }

    @Test
    void anExpectedEndFurtherThanTheRegularLookChangesNothing() {
        Instant now = T0.plusSeconds(10);

        assertThat(PollSchedule.nextLook(now, now, FIVE, FIVE, T0.plusSeconds(100), null))
                .isEqualTo(PollSchedule.nextLook(now, now, FIVE, FIVE, null, null)).isEqualTo(T0.plusSeconds(15));
    }

    @Test
    void theDelayGrowsWhileTheEndIsFarAndFallsBackToTheFirstDelayOnceItIsReached() {
        Instant end = T0.plusSeconds(60);

        assertThat(PollSchedule.nextDelay(FIVE, FIVE, THIRTY, end, T0.plusSeconds(5)))
                .isEqualTo(Duration.ofMillis(7500));
        assertThat(PollSchedule.nextDelay(Duration.ofSeconds(25), FIVE, THIRTY, end, T0.plusSeconds(30)))
                .isEqualTo(THIRTY);
        assertThat(PollSchedule.nextDelay(THIRTY, FIVE, THIRTY, end, T0.plusSeconds(61))).isEqualTo(FIVE);
        assertThat(PollSchedule.nextDelay(THIRTY, FIVE, THIRTY, null, T0.plusSeconds(61))).isEqualTo(THIRTY);
    }

    @Test
    void aProviderAskingToWaitIsObeyedEvenNearTheExpectedEnd() {
        Instant now = T0.plusSeconds(10);
        Instant notBefore = T0.plusMillis(12_500);

        assertThat(PollSchedule.nextLook(now, now, SECOND, SECOND, null, notBefore)).isEqualTo(T0.plusSeconds(13));
        assertThat(PollSchedule.nextLook(now, now, SECOND, SECOND, T0.plusMillis(10_400), notBefore))
                .isEqualTo(T0.plusSeconds(13));
    }

    @Test
    void aTaskOverdueIsLookedAtEveryFirstDelay() {
        Instant end = T0.plusSeconds(10);
        Instant now = T0.plusMillis(12_030);
        Duration delay = PollSchedule.nextDelay(THIRTY, FIVE, THIRTY, end, now);

        assertThat(PollSchedule.nextLook(now, now, delay, FIVE, end, null)).isEqualTo(T0.plusSeconds(15));
    }

    @Test
    void withLearnedRenderTimesTheFirstLookWaitsForTheirEarlyPartLessOneDelay() {
        Instant submitted = T0.plusMillis(300);

        // renders of this kind take 5.4 s or more: the first look is the round at or after 4.7 s, not 1.3 s
        assertThat(PollSchedule.firstLook(submitted, SECOND, Duration.ofMillis(5400))).isEqualTo(T0.plusSeconds(5));
        // nothing learned yet: the first round about a delay on, as for any task
        assertThat(PollSchedule.firstLook(submitted, SECOND, null))
                .isEqualTo(PollSchedule.nextLook(submitted, submitted, SECOND, SECOND, null, null))
                .isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aRenderFasterThanAnySeenIsStillFoundWithinAboutADelayOfItsEnd() {
        Instant submitted = T0;
        Duration fastestSeen = Duration.ofSeconds(30);

        Instant first = PollSchedule.firstLook(submitted, FIVE, fastestSeen);

        // one delay before the fastest render seen: a render of 25 s is found at its end, one of 24 s a second later
        assertThat(first).isEqualTo(T0.plusSeconds(25));
        assertThat(Duration.between(submitted.plusSeconds(24), first)).isLessThanOrEqualTo(FIVE);
    }

    @Test
    void learnedRenderTimesShorterThanADelayChangeNothing() {
        assertThat(PollSchedule.firstLook(T0, FIVE, Duration.ofSeconds(3))).isEqualTo(T0.plusSeconds(5));
    }
}
