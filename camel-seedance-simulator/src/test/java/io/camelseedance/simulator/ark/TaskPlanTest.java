package io.camelseedance.simulator.ark;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.camelseedance.simulator.PromptDirectives;

import static org.assertj.core.api.Assertions.assertThat;

class TaskPlanTest {

    private static final Duration QUEUE = Duration.ofSeconds(1);
    private static final Duration RENDER = Duration.ofSeconds(3);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aNormalTaskRunsAndSucceeds() {
        TaskPlan plan = TaskPlan.of(PromptDirectives.NONE, QUEUE, RENDER, HOUR);

        assertThat(plan.steps()).containsExactly(
                new TaskPlan.Step(QUEUE, TaskStatus.RUNNING), new TaskPlan.Step(RENDER, TaskStatus.SUCCEEDED));
        assertThat(plan.failureCode()).isEmpty();
    }

    @Test
    void failAndExpireTokensChooseTheOutcome() {
        TaskPlan failed = TaskPlan.of(PromptDirectives.parse("[sim:fail=X]"), QUEUE, RENDER, HOUR);
        TaskPlan expired = TaskPlan.of(PromptDirectives.parse("[sim:expire]"), QUEUE, RENDER, HOUR);

        assertThat(failed.steps().get(1).status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.failureCode()).hasValue("X");
        assertThat(expired.steps().get(1).status()).isEqualTo(TaskStatus.EXPIRED);
    }

    @Test
    void aTaskStillRunningAtItsDeadlineExpiresThen() {
        TaskPlan plan = TaskPlan.of(PromptDirectives.parse("[sim:queue=600000][sim:render=3600000]"),
                QUEUE, RENDER, HOUR);

        assertThat(plan.steps()).containsExactly(
                new TaskPlan.Step(Duration.ofMinutes(10), TaskStatus.RUNNING),
                new TaskPlan.Step(Duration.ofMinutes(50), TaskStatus.EXPIRED));
    }

    @Test
    void aTaskStillQueuedAtItsDeadlineExpiresWithoutRunning() {
        TaskPlan plan = TaskPlan.of(PromptDirectives.parse("[sim:queue=7200000][sim:fail=X]"), QUEUE, RENDER, HOUR);

        assertThat(plan.steps()).isEqualTo(List.of(new TaskPlan.Step(HOUR, TaskStatus.EXPIRED)));
        assertThat(plan.failureCode()).isEmpty();
    }
}
