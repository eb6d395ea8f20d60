package io.camelseedance.client;

import java.util.List;
import java.util.function.Supplier;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.TaskPage;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ErrorBody;

/**
 * The one place where what a dialect read from a successful answer is checked against what the operation needs:
 * parsable at all, a valid task id on every task, the very task that was asked for, a list where a list is due. The
 * dialects check what only they can see (a status where their format has one). A provider that answers 200 with
 * nothing, with an error body, or with a page from a proxy gets a {@link SeedanceApiException} that says what was
 * missing, instead of an empty task that looks like one.
 */
final class AnswerCheck {

    private final String provider;

    AnswerCheck(String provider) {
        this.provider = provider;
    }

    /** The dialect's reading of the answer, or a malformed-answer error saying why it is not {@code what}. */
    <T> T read(int status, String body, String what, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (SeedanceApiException providerSaidSo) {
            // an envelope with an error code (APIMart), already an error of the provider's own
            throw providerSaidSo;
        } catch (RuntimeException e) {
            throw malformed(status, body, what, reason(e));
        }
    }

    VideoTask task(int status, String body, String what, VideoTask task, String expectedId) {
        if (task == null || task.id() == null || task.id().isBlank()) {
            throw malformed(status, body, what, "no task id" + saying(body));
        }
        if (!SeedanceClient.isTaskId(task.id())) {
            throw malformed(status, body, what, "a task id with characters no task id has");
        }
        if (expectedId != null && !expectedId.equals(task.id())) {
            throw malformed(status, body, what, "another task's id (" + task.id() + ")");
        }
        return task;
    }

    List<VideoTask> tasks(int status, String body, String what, List<VideoTask> tasks) {
        if (tasks == null) {
            throw malformed(status, body, what, "no list of tasks");
        }
        tasks.forEach(task -> task(status, body, what, task, null));
        return tasks;
    }

    TaskPage page(int status, String body, String what, TaskPage page) {
        if (page == null) {
            throw malformed(status, body, what, "no list of tasks");
        }
        tasks(status, body, what, page.items());
        return page;
    }

    private SeedanceApiException malformed(int status, String body, String what, String reason) {
        return SeedanceApiException.malformedAnswer(provider, status, what, reason, body);
    }

    /** What a dialect's failure says about the answer, e.g. "no status" or "text that is not JSON (...)". */
    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.startsWith("Malformed ") || message.startsWith("Empty ")) {
            return message.startsWith("Empty ") ? "an empty body" : "a body that is not JSON (" + message + ")";
        }
        return message;
    }

    /** A 200 that carries an error's words: they say more than "no task id". */
    private static String saying(String body) {
        ErrorBody error = ErrorBody.parse(body);
        if (error.root().isMissingNode() || error.code() == null && error.message() == null
                || !error.root().has("error") && error.code() == null) {
            return "";
        }
        String words = (error.code() != null ? error.code() + ": " : "")
                + (error.message() != null ? error.message() : "");
        return " (it reads like an error: " + io.camelseedance.provider.JsonSupport.abbreviate(words) + ")";
    }
}
