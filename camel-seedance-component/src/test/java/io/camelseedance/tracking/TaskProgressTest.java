package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.camelseedance.api.TaskInfo;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoOutput;
import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ModelCatalog;

import static org.assertj.core.api.Assertions.assertThat;

class TaskProgressTest {

    private static final Instant CREATED = Instant.parse("2026-12-04T10:00:00Z");
    private static final TypicalRenderTimes TYPICAL = new TypicalRenderTimes(ModelCatalog.defaultCatalog());

    private static VideoTask.Builder running(String model) {
        return VideoTask.builder().id("t").model(model).status(TaskStatus.RUNNING).createdAt(CREATED);
    }

    @Test
    void theProvidersEstimatedTimeCountsFromTheTasksCreation() {
        VideoTask task = running("seedance-2.0").progress(45).taskInfo(new TaskInfo(true, 80)).build();
        Instant now = CREATED.plusSeconds(40);

        TaskProgress progress = TaskProgress.estimate(task, CREATED, now, TYPICAL).orElseThrow();

        assertThat(progress.source()).isEqualTo(TaskProgress.Source.PROVIDER_ESTIMATE);
        assertThat(progress.expectedEnd()).isEqualTo(CREATED.plusSeconds(80));
        assertThat(progress.describe(now)).isEqualTo("45 %, about 40 s left");
    }

    @Test
    void aPercentageIsExtrapolatedOverTheTimeTheTaskHasRun() {
        VideoTask task = running("seedance-2.0").progress(25).build();

        TaskProgress progress = TaskProgress.estimate(task, CREATED, CREATED.plusSeconds(20), TYPICAL).orElseThrow();

        assertThat(progress.source()).isEqualTo(TaskProgress.Source.PROVIDER_PROGRESS);
        assertThat(progress.expectedEnd()).isEqualTo(CREATED.plusSeconds(80));
        assertThat(progress.percent()).isEqualTo(25);
    }

    @Test
    void withoutAWordFromTheProviderTheCatalogsTypicalRenderTimeIsUsed() {
        // 1.0 Pro at 720p: 85 s for 10 s of video, so 42.5 s for 5 s
        VideoTask task = running("seedance-1-0-pro-250528")
                .output(new VideoOutput(null, null, "720p", "16:9", 5, null, null, null)).build();
        Instant now = CREATED.plusMillis(8500);

        TaskProgress progress = TaskProgress.estimate(task, CREATED, now, TYPICAL).orElseThrow();

        assertThat(progress.source()).isEqualTo(TaskProgress.Source.CATALOG);
        assertThat(progress.expectedEnd()).isEqualTo(CREATED.plusMillis(42_500));
        assertThat(progress.percent()).isEqualTo(20);
        assertThat(progress.describe(now)).isEqualTo("20 %, about 34 s left (typical render time)");
    }

    @Test
    void theSubmissionTimeStandsInForACreationTimeTheProviderDoesNotGive() {
        Instant submitted = CREATED.plusSeconds(3);
        VideoTask task = running("doubao-seedance-1-0-lite-t2v-250428").createdAt(null).build();

        TaskProgress progress = TaskProgress.estimate(task, submitted, submitted, TYPICAL).orElseThrow();

        // 480p (the model's default), 5 s (Ark's default): 40 s for 10 s of video, so 20 s
        assertThat(progress.expectedEnd()).isEqualTo(submitted.plusSeconds(20));
    }

    @Test
    void nothingIsInventedForAModelWithoutAPublishedRenderTime() {
        VideoTask task = running("dreamina-seedance-2-0-260128").build();

        assertThat(TaskProgress.estimate(task, CREATED, CREATED.plusSeconds(5), TYPICAL)).isEmpty();
        assertThat(TYPICAL.of("ep-20260101-custom", "720p", 5)).isEmpty();
    }

    @Test
    void anEarlyPercentageIsTooLittleToExtrapolateAndAnEndedTaskHasNoEstimate() {
        VideoTask early = running("dreamina-seedance-2-0-260128").progress(1).build();
        VideoTask ended = running("seedance-1-0-pro-250528").status(TaskStatus.SUCCEEDED).build();

        assertThat(TaskProgress.estimate(early, CREATED, CREATED.plusSeconds(2), TYPICAL)).isEmpty();
        assertThat(TaskProgress.estimate(ended, CREATED, CREATED.plusSeconds(2), TYPICAL)).isEmpty();
    }

    @Test
    void aTaskPastItsExpectedEndSaysSoAndHasNoTimeLeft() {
        VideoTask task = running("seedance-2.0").progress(99).taskInfo(new TaskInfo(false, 60)).build();
        Instant now = CREATED.plusSeconds(72);

        TaskProgress progress = TaskProgress.estimate(task, CREATED, now, TYPICAL).orElseThrow();

        assertThat(progress.left(now)).isEqualTo(Duration.ZERO);
        assertThat(progress.describe(now)).isEqualTo("99 %, past the expected end by 12 s");
    }

    @Test
    void aLearnedRenderTimeIsUsedWhereNeitherTheProviderNorTheCatalogTells() {
        VideoTask task = running("dreamina-seedance-2-0-260128").build();
        Instant now = CREATED.plusSeconds(3);

        TaskProgress progress = TaskProgress.estimate(task, CREATED, now, TYPICAL, Duration.ofSeconds(12))
                .orElseThrow();

        assertThat(progress.source()).isEqualTo(TaskProgress.Source.LEARNED);
        assertThat(progress.expectedEnd()).isEqualTo(CREATED.plusSeconds(12));
        assertThat(progress.describe(now)).isEqualTo("25 %, about 9 s left (learned render time)");
    }

    @Test
    void theProvidersFiguresAndTheCatalogKeepPrecedenceOverALearnedRenderTime() {
        Duration learned = Duration.ofSeconds(12);
        VideoTask estimated = running("dreamina-seedance-2-0-260128").taskInfo(new TaskInfo(true, 80)).build();
        VideoTask catalog = running("seedance-1-0-pro-250528")
                .output(new VideoOutput(null, null, "720p", "16:9", 5, null, null, null)).build();

        assertThat(TaskProgress.estimate(estimated, CREATED, CREATED, TYPICAL, learned).orElseThrow().source())
                .isEqualTo(TaskProgress.Source.PROVIDER_ESTIMATE);
        assertThat(TaskProgress.estimate(catalog, CREATED, CREATED, TYPICAL, learned).orElseThrow().expectedEnd())
                .isEqualTo(CREATED.plusMillis(42_500));
    }
}
