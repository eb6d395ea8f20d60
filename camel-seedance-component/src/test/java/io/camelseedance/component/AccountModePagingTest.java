package io.camelseedance.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The account mode reads the whole list, not its first page: 150 tasks that ended while the application was down and
 * 40 created after it started are all emitted, each once. It used to read {@code page_num=1} only and miss 90 of
 * them. With small pages the list is longer than one poll may read, and the next poll goes on where it stopped.
 */
class AccountModePagingTest extends SeedanceTestSupport {

    private static final int ENDED_WHILE_DOWN = 150;
    private static final int CREATED_AFTER = 40;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:tasks?mode=account&delay=100").routeId("defaultPages").autoStartup(false)
                        .to("mock:defaultPages");
                from("seedance:tasks?mode=account&delay=100&pageSize=10").routeId("smallPages").autoStartup(false)
                        .to("mock:smallPages");
            }
        };
    }

    @Test
    void everyTaskOfEveryPageIsEmittedOnce() throws Exception {
        SeedanceClient direct = SeedanceClient.builder().baseUrl(SIM.baseUrl("byteplus")).apiKey(KEY).build();
        List<String> ours = new ArrayList<>(create(direct, ENDED_WHILE_DOWN, "ended while down"));
        await().atMost(Duration.ofSeconds(30)).until(() -> ours.stream().allMatch(AccountModePagingTest::ended));

        context.getRouteController().startRoute("defaultPages");
        context.getRouteController().startRoute("smallPages");
        ours.addAll(create(direct, CREATED_AFTER, "created after the start"));

        for (String mock : List.of("mock:defaultPages", "mock:smallPages")) {
            MockEndpoint emitted = getMockEndpoint(mock);
            await().atMost(Duration.ofSeconds(60)).until(() -> emitted(emitted).keySet().containsAll(ours));
            // more polls of the whole list emit nothing again
            int received = emitted.getReceivedCounter();
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                    .until(() -> emitted.getReceivedCounter() == received);
            Map<String, Long> counts = emitted(emitted);
            assertThat(ours).as(mock).allSatisfy(id -> assertThat(counts.get(id)).as(id).isEqualTo(1L));
        }
        // 190 tasks in pages of 10: more than one poll's pages, so a poll went on where the one before stopped
        assertThat(pagesRead(10)).as("pages of 10 read").containsAll(
                java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList());
        assertThat(pagesRead(100)).as("pages of 100 read").contains(1, 2);
    }

    private static List<String> create(SeedanceClient client, int count, String prompt) {
        List<CompletableFuture<VideoTask>> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(client.create(VideoRequest.builder().model(MODEL).prompt(prompt + " " + i).build()));
        }
        return created.stream().map(CompletableFuture::join).map(VideoTask::id).toList();
    }

    private static boolean ended(String id) {
        String status = SIM.simulator().task(id).map(t -> t.path("status").asText()).orElse("");
        return List.of("succeeded", "failed", "expired", "cancelled").contains(status);
    }

    private static Map<String, Long> emitted(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class))
                .filter(Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static List<Integer> pagesRead(int pageSize) {
        return SIM.simulator().requests("GET", TASKS).stream().map(RecordedRequest::queryParams)
                .filter(q -> List.of(String.valueOf(pageSize)).equals(q.get("page_size")))
                .map(q -> Integer.valueOf(q.get("page_num").get(0))).distinct().sorted().toList();
    }
}
