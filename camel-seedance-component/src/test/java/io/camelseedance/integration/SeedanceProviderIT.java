package io.camelseedance.integration;

import java.time.Duration;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.camelseedance.api.VideoTask;
import io.camelseedance.component.SeedanceConstants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs against a real provider: {@code SEEDANCE_API_KEY} (and optionally {@code SEEDANCE_PROVIDER},
 * {@code SEEDANCE_BASE_URL}, {@code SEEDANCE_MODEL}) must be set. Listing is free; generating a video is paid, so it
 * only runs when {@code SEEDANCE_IT_GENERATE=true}.
 */
@EnabledIfEnvironmentVariable(named = "SEEDANCE_API_KEY", matches = ".+")
class SeedanceProviderIT extends CamelTestSupport {

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String common = "provider=" + env("SEEDANCE_PROVIDER", "byteplus")
                        + (System.getenv("SEEDANCE_BASE_URL") != null
                                ? "&baseUrl=" + System.getenv("SEEDANCE_BASE_URL")
                                : "");
                from("direct:tasks").to("seedance:tasks?pageSize=5&" + common);
                from("direct:generate").to("seedance:generate?resolution=480p&duration=4&model="
                        + env("SEEDANCE_MODEL", "dreamina-seedance-2-0-fast-260128") + "&" + common);
                from("direct:task").to("seedance:task?" + common);
            }
        };
    }

    @Test
    void listsTasks() {
        Exchange out = template.request("direct:tasks", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(List.class)).isNotNull();
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_TOTAL, Long.class)).isNotNegative();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SEEDANCE_IT_GENERATE", matches = "true")
    void generatesAShortVideo() {
        String id = template.requestBody("direct:generate", "A paper boat drifting on a calm lake", VideoTask.class)
                .id();

        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(10)).until(
                () -> template.requestBody("direct:task", id, VideoTask.class).isTerminal());
        VideoTask done = template.requestBody("direct:task", id, VideoTask.class);
        assertThat(done.videoUrl()).as("task %s ended %s", id, done.status()).isNotNull();
    }
}
