package io.camelseedance.component;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.VideoTask;
import io.camelseedance.tracking.TaskProgress;
import io.camelseedance.tracking.TaskTracker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness checks of producers and consumers: UP when the provider accepts the key, DOWN with the HTTP status when it
 * rejects it (401), DOWN when it cannot be reached; 404 on the probe of a provider without a list is UP. And the dev
 * console lists the tasks in flight.
 */
class SeedanceHealthCheckTest extends SeedanceTestSupport {

    private static int closedPort;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent badKey = component(SIM);
        badKey.getConfiguration().setApiKey("not-the-key");
        context.addComponent("seedanceBadKey", badKey);
        SeedanceComponent unreachable = component(SIM);
        unreachable.getConfiguration().setBaseUrl("http://127.0.0.1:" + closedPort() + "/api/v3");
        unreachable.getConfiguration().setMaxRetries(0);
        context.addComponent("seedanceDown", unreachable);
        return context;
    }

    private static synchronized int closedPort() throws IOException {
        if (closedPort == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
        }
        return closedPort;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ok").routeId("ok").to("seedance:generate");
                from("direct:badKey").routeId("badKey").to("seedanceBadKey:generate");
                from("direct:down").routeId("down").to("seedanceDown:task");
                from("direct:evolink").routeId("evolink")
                        .to("seedance:task?provider=evolink&baseUrl=" + SIM.baseUrl("evolink"));
                // every provider, with the key and with a wrong one
                for (String[] p : List.of(new String[]{"volcengine", SIM.baseUrl("byteplus")},
                        new String[]{"acedata", SIM.baseUrl("acedata")},
                        new String[]{"unified", SIM.baseUrl("unified")},
                        new String[]{"apimart", SIM.baseUrl("apimart")},
                        new String[]{"evolink", SIM.baseUrl("evolink")})) {
                    from("direct:ok-" + p[0]).to("seedance:task?provider=" + p[0] + "&baseUrl=" + p[1]);
                    from("direct:bad-" + p[0]).to("seedanceBadKey:task?provider=" + p[0] + "&baseUrl=" + p[1]);
                }
                from("seedance:tasks?delay=60000&initialDelay=60000").routeId("tasksOk").to("mock:ok");
                from("seedanceBadKey:tasks?delay=60000&initialDelay=60000").routeId("tasksBadKey").to("mock:bad");
            }
        };
    }

    /** Every seedance readiness check, called as Camel's health endpoint calls them. */
    private Map<String, HealthCheck.Result> readiness() {
        Map<String, HealthCheck.Result> results = new java.util.TreeMap<>();
        for (String id : List.of("producers", "consumers")) {
            HealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(context, id);
            assertThat(repo).as(id).isNotNull();
            repo.setEnabled(true);
            repo.stream().filter(HealthCheck::isReadiness)
                    .filter(c -> c.getId().startsWith("producer:seedance") || c.getId().startsWith("consumer:tasks"))
                    .forEach(c -> results.put(c.getId(), c.call()));
        }
        return results;
    }

    private static HealthCheck.Result find(Map<String, HealthCheck.Result> results, String idPart) {
        return results.entrySet().stream().filter(e -> e.getKey().contains(idPart)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no check " + idPart + " in " + results.keySet()));
    }

    @Test
    void reportsKeyRejectedAndUnreachableAsDown() {
        Map<String, HealthCheck.Result> results = readiness();

        HealthCheck.Result ok = find(results, "producer:seedance://generate");
        assertThat(ok.getState()).as(ok.getMessage().orElse("")).isEqualTo(HealthCheck.State.UP);
        assertThat(ok.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200);

        HealthCheck.Result bad = results.values().stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:")
                        && "401".equals(String.valueOf(r.getDetails().get(HealthCheck.HTTP_RESPONSE_CODE))))
                .findFirst().orElseThrow(() -> new AssertionError("no 401 producer check: " + results));
        assertThat(bad.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(bad.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("401").contains("API key"));

        HealthCheck.Result down = results.values().stream()
                .filter(r -> String.valueOf(r.getDetails().get(HealthCheck.ENDPOINT_URI)).startsWith("seedanceDown:"))
                .findFirst().orElseThrow(() -> new AssertionError("no check of seedanceDown: " + results));
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("unreachable"));

        HealthCheck.Result consumerOk = find(results, "consumer:tasksOk");
        assertThat(consumerOk.getState()).isEqualTo(HealthCheck.State.UP);
        HealthCheck.Result consumerBad = find(results, "consumer:tasksBadKey");
        assertThat(consumerBad.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(consumerBad.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);

        assertThat(results.values()).allSatisfy(r -> {
            assertThat(r.getCheck().isLiveness()).isFalse();
            assertThat(r.getCheck().isReadiness()).isTrue();
        });
    }

    @Test
    void providerWithoutListIsUpWhenTheProbeTaskIsUnknown() {
        HealthCheck.Result evolink = readiness().values().stream()
                .filter(r -> "evolink".equals(r.getDetails().get("provider"))).findFirst().orElseThrow();
        assertThat(evolink.getState()).as(evolink.getMessage().orElse("")).isEqualTo(HealthCheck.State.UP);
        assertThat(evolink.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 404);
    }

    @Test
    void everyProviderIsUpWithTheKeyAndDownWithAWrongOne() {
        Map<String, HealthCheck.Result> results = readiness();
        for (String provider : List.of("volcengine", "acedata", "unified", "apimart", "evolink")) {
            HealthCheck.Result ok = results.values().stream()
                    .filter(r -> String.valueOf(r.getDetails().get(HealthCheck.ENDPOINT_URI))
                            .startsWith("seedance://task?") && provider.equals(r.getDetails().get("provider")))
                    .findFirst().orElseThrow(() -> new AssertionError("no check of " + provider));
            assertThat(ok.getState()).as("%s with the key: %s %s", provider, ok.getMessage().orElse(""),
                    ok.getDetails()).isEqualTo(HealthCheck.State.UP);
            HealthCheck.Result bad = results.values().stream()
                    .filter(r -> String.valueOf(r.getDetails().get(HealthCheck.ENDPOINT_URI))
                            .startsWith("seedanceBadKey://task?") && provider.equals(r.getDetails().get("provider")))
                    .findFirst().orElseThrow(() -> new AssertionError("no bad-key check of " + provider));
            assertThat(bad.getState()).as("%s with a wrong key: %s", provider, bad.getDetails())
                    .isEqualTo(HealthCheck.State.DOWN);
            assertThat(bad.getDetails()).as(provider).containsKey(HealthCheck.HTTP_RESPONSE_CODE);
            assertThat(((Number) bad.getDetails().get(HealthCheck.HTTP_RESPONSE_CODE)).intValue()).as(provider)
                    .isIn(401, 403);
        }
    }

    @Test
    void devConsoleListsTasksInFlight() {
        SeedanceComponent seedance = context.getComponent("seedance", SeedanceComponent.class);
        SeedanceDevConsole console = new SeedanceDevConsole();
        console.setCamelContext(context);
        // a task that runs for a while: the console sees it while the exchange waits
        var pending = template.asyncRequestBody("seedance:generate?waitForCompletion=true&completionTimeout=30000",
                "a cat [sim:render=2000]");
        org.awaitility.Awaitility.await().until(() -> seedance.tracker().inFlightCount() == 1);
        String id = seedance.tracker().inFlight().get(0).id();

        String text = (String) console.call(org.apache.camel.console.DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("Component seedance: 1 task(s) in flight").contains(id).contains("age ");
        JsonObject json = (JsonObject) console.call(org.apache.camel.console.DevConsole.MediaType.JSON, Map.of());
        assertThat(json.toJson()).contains("\"id\":\"" + id + "\"").contains("\"ageMillis\"").contains("\"status\"")
                .contains("\"name\":\"seedance\"").contains("\"name\":\"seedanceBadKey\"");

        assertThat(pending.join()).isInstanceOf(VideoTask.class);
        assertThat(seedance.tracker().inFlightCount()).isZero();
        // the reads of the task were counted, none of them a full batch of 100
        JsonObject polls = (JsonObject) ((java.util.List<?>) ((JsonObject) console
                .call(org.apache.camel.console.DevConsole.MediaType.JSON, Map.of())).get("components")).stream()
                .map(JsonObject.class::cast).filter(c -> "seedance".equals(c.get("name"))).findFirst().orElseThrow()
                .get("polls");
        assertThat(polls.getLong("calls")).isPositive().isLessThanOrEqualTo(polls.getLong("ids"))
                .isEqualTo(polls.getLong("partialCalls"));
        assertThat(polls.getLong("slowAnswers")).isNotNegative();
        assertThat((String) console.call(org.apache.camel.console.DevConsole.MediaType.TEXT, Map.of()))
                .containsPattern("polls: \\d+ read\\(s\\) of \\d+ task\\(s\\)");
    }

    @Test
    void devConsoleShowsTheProgressAndTheTimeLikelyLeft() {
        SeedanceComponent seedance = context.getComponent("seedance", SeedanceComponent.class);
        SeedanceDevConsole console = new SeedanceDevConsole();
        console.setCamelContext(context);
        // EvoLink reports a progress and an estimated time (task_info.estimated_time) on every read
        var pending = template.asyncRequestBody("seedance:generate?provider=evolink&model=seedance-2.0&baseUrl="
                + SIM.baseUrl("evolink") + "&waitForCompletion=true&completionTimeout=30000&pollDelay=100"
                + "&pollMaxDelay=100", "a kite [sim:queue=0] [sim:render=3000]");
        org.awaitility.Awaitility.await().until(() -> seedance.tracker().inFlight().stream()
                .anyMatch(t -> t.estimate() != null));
        TaskTracker.InFlightTask task = seedance.tracker().inFlight().get(0);
        assertThat(task.estimate().source()).isEqualTo(TaskProgress.Source.PROVIDER_ESTIMATE);

        String text = (String) console.call(org.apache.camel.console.DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).containsPattern(task.id() + "  RUNNING \\d+ %, about \\d+ s left");
        JsonObject json = (JsonObject) console.call(org.apache.camel.console.DevConsole.MediaType.JSON, Map.of());
        assertThat(json.toJson()).contains("\"estimateSource\":\"provider_estimate\"").contains("\"timeLeftMillis\"")
                .contains("\"expectedEnd\"").contains("\"estimatedProgress\"");

        assertThat(pending.join()).isInstanceOf(VideoTask.class);
    }
}
