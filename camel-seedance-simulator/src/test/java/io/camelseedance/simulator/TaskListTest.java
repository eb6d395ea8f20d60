package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.camelseedance.simulator.Bodies.SEEDANCE_1_0_PRO;
import static io.camelseedance.simulator.Bodies.SEEDANCE_2_0;
import static io.camelseedance.simulator.Bodies.TEXT;
import static io.camelseedance.simulator.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskListTest {

    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .queuedFor(Duration.ofHours(1)));

    private ArkClient ark() {
        return new ArkClient(sim.simulator(), "key");
    }

    @Test
    void pagesNewestFirstWithTenPerPageByDefault() {
        ArkClient ark = ark();
        List<String> created = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> created.add(ark.createWithPrompt("clip " + i)));
        List<String> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);

        JsonNode first = list(ark, "");
        JsonNode second = list(ark, "?page_num=2");
        JsonNode custom = list(ark, "?page_num=3&page_size=5");
        JsonNode beyond = list(ark, "?page_num=9&page_size=5");

        assertThat(first.get("total").asInt()).isEqualTo(12);
        assertThat(ids(first)).isEqualTo(newestFirst.subList(0, 10));
        assertThat(ids(second)).isEqualTo(newestFirst.subList(10, 12));
        assertThat(custom.get("total").asInt()).isEqualTo(12);
        assertThat(ids(custom)).isEqualTo(newestFirst.subList(10, 12));
        assertThat(ids(beyond)).isEmpty();
        assertThat(first.get("items").get(0).get("status").asText()).isEqualTo("queued");
    }

    @ParameterizedTest
    @CsvSource({"page_size=0,page_size", "page_size=501,page_size", "page_size=ten,page_size",
            "page_num=0,page_num", "filter.status=done,filter.status",
            "filter.service_tier=batch,filter.service_tier"})
    void refusesBadQueryParameters(String query, String param) {
        HttpResponse<String> response = ark().get(ArkClient.TASKS + "?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ArkClient.json(response).at("/error/param").asText()).isEqualTo(param);
    }

    @Test
    void acceptsTheLargestPageSize() {
        assertThat(ark().get(ArkClient.TASKS + "?page_size=500").statusCode()).isEqualTo(200);
    }

    @Test
    void filtersByStatusModelServiceTierAndTaskIds() {
        ArkClient ark = ark();
        String done = ark.createTask(body(SEEDANCE_2_0, "{'type':'text','text':'[sim:queue=0][sim:render=0]'}", ""));
        String flex = ark.createTask(body(SEEDANCE_1_0_PRO, TEXT, "'service_tier':'flex'"));
        String older = ark.createTask(body(SEEDANCE_1_0_PRO, TEXT, ""));
        String queued = ark.createTask(body(SEEDANCE_2_0, TEXT, ""));
        await().until(() -> ark.status(done).equals("succeeded"));

        assertThat(ids(list(ark, "?filter.status=succeeded"))).containsExactly(done);
        assertThat(ids(list(ark, "?filter.status=queued"))).containsExactly(queued, older, flex);
        assertThat(ids(list(ark, "?filter.model=" + SEEDANCE_1_0_PRO))).containsExactly(older, flex);
        assertThat(ids(list(ark, "?filter.service_tier=flex"))).containsExactly(flex);
        assertThat(ids(list(ark, "?filter.service_tier=default"))).containsExactly(queued, older, done);
        assertThat(ids(list(ark, "?filter.task_ids=" + done + "&filter.task_ids=" + older)))
                .containsExactly(older, done);
        JsonNode combined = list(ark, "?filter.task_ids=" + done + "&filter.task_ids=" + queued
                + "&filter.status=queued&page_size=1");
        assertThat(combined.get("total").asInt()).isEqualTo(1);
        assertThat(ids(combined)).containsExactly(queued);
    }

    private static JsonNode list(ArkClient ark, String query) {
        HttpResponse<String> response = ark.get(ArkClient.TASKS + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ArkClient.json(response);
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(task -> task.get("id").asText())
                .toList();
    }
}
