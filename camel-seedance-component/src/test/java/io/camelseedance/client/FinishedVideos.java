package io.camelseedance.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;

import static org.awaitility.Awaitility.await;

/** Generates videos on the simulator and waits for them, for tests that need a finished task's files. */
final class FinishedVideos {

    private static final String MODEL = "dreamina-seedance-2-0-260128";

    private FinishedVideos() {
    }

    static SeedanceClient client(String arkBaseUrl) {
        return SeedanceClient.builder().baseUrl(arkBaseUrl).apiKey(TestSecrets.API_KEY).build();
    }

    /** Submits a task with this prompt (which may carry {@code [sim:…]} triggers) and returns it once succeeded. */
    static VideoTask generate(SeedanceClient client, String prompt) throws Exception {
        VideoRequest request = VideoRequest.builder().model(MODEL).prompt(prompt).returnLastFrame(true).build();
        String id = client.create(request).get(10, TimeUnit.SECONDS).id();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> client.get(id).get().isTerminal());
        VideoTask done = client.get(id).get(10, TimeUnit.SECONDS);
        if (done.status() != TaskStatus.SUCCEEDED) {
            throw new AssertionError("expected the task to succeed: " + done);
        }
        return done;
    }
}
