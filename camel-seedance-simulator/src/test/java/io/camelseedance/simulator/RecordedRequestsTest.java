package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedRequestsTest {

    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceSimulator.builder().apiKey("k"));

    @Test
    void recordsEveryRequestInArrivalOrderIncludingRefusedOnes() {
        Instant before = Instant.now();
        ArkClient ark = new ArkClient(sim.simulator(), "k");
        String body = Bodies.textToVideo(Bodies.SEEDANCE_2_0, "a quiet lake");
        ark.create(body);
        new ArkClient(sim.simulator(), "wrong").get(ArkClient.TASKS + "?page_size=5");
        ark.download(sim.simulator().baseUri() + "/files/none.mp4");

        List<RecordedRequest> requests = sim.simulator().requests();

        assertThat(requests).extracting(RecordedRequest::method).containsExactly("POST", "GET", "GET");
        assertThat(requests).extracting(RecordedRequest::path).containsExactly(
                "/api/v3/contents/generations/tasks", "/api/v3/contents/generations/tasks", "/files/none.mp4");
        RecordedRequest create = requests.get(0);
        assertThat(create.body()).isEqualTo(body);
        assertThat(create.query()).isEmpty();
        assertThat(create.header("Authorization")).isEqualTo("Bearer k");
        assertThat(create.headers()).containsKey("content-type");
        assertThat(create.headers().keySet()).allMatch(name -> name.equals(name.toLowerCase()));
        assertThat(create.receivedAt()).isAfterOrEqualTo(before.minusMillis(1));
        assertThat(requests.get(1).query()).isEqualTo("page_size=5");
        assertThat(requests.get(1).receivedAt()).isAfterOrEqualTo(create.receivedAt());
        assertThat(requests.get(2).header("authorization")).isNull();
    }

    @Test
    void filtersByMethodAndPathPrefixAndClears() {
        ArkClient ark = new ArkClient(sim.simulator(), "k");
        String id = ark.createWithPrompt("a windmill");
        ark.task(id);
        ark.get(ArkClient.TASKS);

        assertThat(sim.simulator().requests("GET", "/api/v3/contents/generations/tasks/")).hasSize(1);
        assertThat(sim.simulator().requests("get", "/api/v3/")).hasSize(2);
        assertThat(sim.simulator().requests("POST", "/api/v3/")).hasSize(1);
        assertThat(sim.simulator().requests(null, "/")).hasSize(3);

        sim.simulator().clearRequests();

        assertThat(sim.simulator().requests()).isEmpty();
    }

    @Test
    void decodesQueryParametersKeepingRepeatedKeys() {
        new ArkClient(sim.simulator(), "k")
                .get(ArkClient.TASKS + "?filter.task_ids=a&filter.task_ids=b&filter.model=x%20y&flag&page_num=1");

        Map<String, List<String>> params = sim.simulator().requests().get(0).queryParams();

        assertThat(params).containsExactly(
                Map.entry("filter.task_ids", List.of("a", "b")),
                Map.entry("filter.model", List.of("x y")),
                Map.entry("flag", List.of("")),
                Map.entry("page_num", List.of("1")));
    }

    @Test
    void everyResponseCarriesAFreshRequestId() {
        ArkClient ark = new ArkClient(sim.simulator(), "k");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = ark.get(ArkClient.TASKS);
            ids.add(response.headers().firstValue("X-Request-Id").orElseThrow());
        }
        HttpResponse<byte[]> download = ark.download(sim.simulator().baseUri() + "/files/x.mp4");

        assertThat(ids).hasSize(20).allMatch(id -> id.matches("021\\d{13}[0-9a-f]{16}"));
        assertThat(download.headers().firstValue("X-Request-Id")).isPresent();
    }
}
