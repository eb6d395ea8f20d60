package io.camelseedance.tracking;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LearnedRenderTimesTest {

    private static final RenderProfile P720 = new RenderProfile("byteplus", "seedance-2.0", "720p", "5");
    private static final RenderProfile P1080 = new RenderProfile("byteplus", "seedance-2.0", "1080p", "5");

    @Test
    void nothingIsSaidOfAProfileBeforeEnoughOfItsTasksEnded() {
        LearnedRenderTimes times = new LearnedRenderTimes();
        for (int i = 0; i < LearnedRenderTimes.MIN_SAMPLES - 1; i++) {
            times.record(P720, Duration.ofSeconds(10));
        }

        assertThat(times.of(P720)).isEmpty();
        assertThat(times.all()).singleElement().satisfies(f -> {
            assertThat(f.samples()).isEqualTo(LearnedRenderTimes.MIN_SAMPLES - 1);
            assertThat(f.learned()).isNull();
        });
        times.record(P720, Duration.ofSeconds(10));
        assertThat(times.of(P720)).isPresent();
    }

    @Test
    void theEarlyFigureIsALowQuantileAndTheMedianTheTypicalTime() {
        LearnedRenderTimes times = new LearnedRenderTimes();
        // 5.0, 5.1 … 14.9 s, recorded out of order
        for (int i = 0; i < 100; i++) {
            times.record(P720, Duration.ofMillis(5000 + (i * 37 % 100) * 100L));
        }

        LearnedRenderTimes.Learned learned = times.of(P720).orElseThrow();

        assertThat(learned.samples()).isEqualTo(100);
        assertThat(learned.early()).isEqualTo(Duration.ofMillis(5400));
        assertThat(learned.median()).isEqualTo(Duration.ofMillis(9900));
    }

    @Test
    void profilesAreLearnedApart() {
        LearnedRenderTimes times = new LearnedRenderTimes();
        for (int i = 0; i < LearnedRenderTimes.MIN_SAMPLES; i++) {
            times.record(P720, Duration.ofSeconds(10));
            times.record(P1080, Duration.ofSeconds(40));
        }

        assertThat(times.of(P720).orElseThrow().early()).isEqualTo(Duration.ofSeconds(10));
        assertThat(times.of(P1080).orElseThrow().early()).isEqualTo(Duration.ofSeconds(40));
        assertThat(times.of(new RenderProfile("evolink", "seedance-2.0", "720p", "5"))).isEmpty();
        assertThat(times.of(null)).isEmpty();
    }

    @Test
    void onlyTheNewestRenderTimesCountSoASlowerProviderIsFollowed() {
        LearnedRenderTimes times = new LearnedRenderTimes();
        for (int i = 0; i < LearnedRenderTimes.WINDOW; i++) {
            times.record(P720, Duration.ofSeconds(5));
        }
        for (int i = 0; i < LearnedRenderTimes.WINDOW; i++) {
            times.record(P720, Duration.ofSeconds(20));
        }

        assertThat(times.of(P720).orElseThrow()).isEqualTo(
                new LearnedRenderTimes.Learned(LearnedRenderTimes.WINDOW, Duration.ofSeconds(20),
                        Duration.ofSeconds(20)));
    }

    @Test
    void theNumberOfProfilesKeptIsBounded() {
        LearnedRenderTimes times = new LearnedRenderTimes();
        for (int i = 0; i <= LearnedRenderTimes.MAX_PROFILES; i++) {
            times.record(new RenderProfile("byteplus", "model-" + i, null, null), Duration.ofSeconds(10));
        }

        assertThat(times.all()).hasSize(LearnedRenderTimes.MAX_PROFILES);
    }
}
