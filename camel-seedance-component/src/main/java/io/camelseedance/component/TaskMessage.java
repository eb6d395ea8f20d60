package io.camelseedance.component;

import java.time.Instant;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.tracking.TaskProgress;
import io.camelseedance.tracking.TypicalRenderTimes;

/**
 * Puts a task on a message: the task as the body, and the same headers whichever operation or consumer produced it,
 * so the next step (a file or S3 upload, a notification) needs no expression to find the id, status or video.
 */
final class TaskMessage {

    /** Every header this class sets, cleared first so nothing of an earlier task lingers. */
    private static final List<String> RESULT_HEADERS = List.of(SeedanceConstants.TASK_ID,
            SeedanceConstants.TASK_STATUS, SeedanceConstants.PROVIDER, SeedanceConstants.MODEL,
            SeedanceConstants.VIDEO_URL, SeedanceConstants.LAST_FRAME_URL, SeedanceConstants.PROGRESS,
            SeedanceConstants.RESOLUTION, SeedanceConstants.RATIO, SeedanceConstants.DURATION, SeedanceConstants.FRAMES,
            SeedanceConstants.SEED, SeedanceConstants.FRAMES_PER_SECOND, SeedanceConstants.COMPLETION_TOKENS,
            SeedanceConstants.TOTAL_TOKENS, SeedanceConstants.CREDITS, SeedanceConstants.CAN_CANCEL,
            SeedanceConstants.ESTIMATED_TIME, SeedanceConstants.ERROR_CODE, SeedanceConstants.ERROR_MESSAGE,
            SeedanceConstants.CONTENT_POLICY, SeedanceConstants.ESTIMATED_PROGRESS, SeedanceConstants.TIME_LEFT);
    private static final TypicalRenderTimes TYPICAL_RENDER_TIMES = new TypicalRenderTimes(
            ModelCatalog.defaultCatalog());

    private TaskMessage() {
    }

    static void write(Message m, VideoTask task) {
        RESULT_HEADERS.forEach(m::removeHeader);
        m.setBody(task);
        set(m, SeedanceConstants.TASK_ID, task.id());
        set(m, SeedanceConstants.TASK_STATUS, task.status().name());
        set(m, SeedanceConstants.PROVIDER, task.provider());
        set(m, SeedanceConstants.MODEL, task.model());
        set(m, SeedanceConstants.VIDEO_URL, task.videoUrl());
        set(m, SeedanceConstants.LAST_FRAME_URL, task.lastFrameUrl());
        set(m, SeedanceConstants.PROGRESS, task.progress());
        set(m, SeedanceConstants.RESOLUTION, task.output().resolution());
        set(m, SeedanceConstants.RATIO, task.output().ratio());
        set(m, SeedanceConstants.DURATION, task.output().duration());
        set(m, SeedanceConstants.FRAMES, task.output().frames());
        set(m, SeedanceConstants.SEED, task.output().seed());
        set(m, SeedanceConstants.FRAMES_PER_SECOND, task.output().framesPerSecond());
        if (task.usage() != null) {
            set(m, SeedanceConstants.COMPLETION_TOKENS, task.usage().completionTokens());
            set(m, SeedanceConstants.TOTAL_TOKENS, task.usage().totalTokens());
            set(m, SeedanceConstants.CREDITS, task.usage().credits());
        }
        if (task.taskInfo() != null) {
            set(m, SeedanceConstants.CAN_CANCEL, task.taskInfo().canCancel());
            set(m, SeedanceConstants.ESTIMATED_TIME, task.taskInfo().estimatedTime());
        }
        if (task.error() != null) {
            set(m, SeedanceConstants.ERROR_CODE, task.error().code());
            set(m, SeedanceConstants.ERROR_MESSAGE, task.error().message());
            set(m, SeedanceConstants.CONTENT_POLICY, task.error().contentPolicy());
        }
        Instant now = Instant.now();
        TaskProgress.estimate(task, now, now, TYPICAL_RENDER_TIMES).ifPresent(estimate -> {
            m.setHeader(SeedanceConstants.ESTIMATED_PROGRESS, estimate.percent());
            m.setHeader(SeedanceConstants.TIME_LEFT, estimate.left(now).toSeconds());
        });
        m.setHeader(Exchange.FILE_NAME, task.id() + ".mp4");
    }

    private static void set(Message m, String header, Object value) {
        if (value != null) {
            m.setHeader(header, value);
        }
    }
}
