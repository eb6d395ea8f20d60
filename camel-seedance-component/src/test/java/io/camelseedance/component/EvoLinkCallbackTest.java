package io.camelseedance.component;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EvoLink's callbacks through {@code seedance:callback}: generate asks EvoLink to call back, the simulated EvoLink
 * POSTs the final status in its task shape, and the consumer emits the task once.
 */
class EvoLinkCallbackTest extends CallbackTestSupport {

    private static final String PATH = "/evolink-callbacks";

    @Override
    protected void configure(SeedanceComponent seedance) {
        super.configure(seedance);
        keyOnly(seedance);
    }

    private static String evoLink(String operation) {
        return "seedance:" + operation + "?provider=evolink&baseUrl=" + SIM.baseUrl("evolink") + "&callbackPath="
                + PATH;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to(evoLink("generate"));
                from(evoLink("callback")).to("mock:ended");
            }
        };
    }

    @Test
    void theFinalStatusComesBackThroughTheCallbackConsumer() throws Exception {
        MockEndpoint ended = getMockEndpoint("mock:ended");
        ended.expectedMessageCount(1);

        VideoTask created = send("direct:generate", VideoRequest.builder().model("seedance-2.0").prompt("a kite")
                .build()).getMessage().getBody(VideoTask.class);

        assertThat(lastBody("/evolink/v1/videos/generations").get("callback_url").asText())
                .isEqualTo(baseUrl() + PATH + "/" + TOKEN);
        ended.setResultWaitTime(WAIT.toMillis());
        ended.assertIsSatisfied();
        VideoTask emitted = ended.getExchanges().get(0).getMessage().getBody(VideoTask.class);
        assertThat(emitted.id()).isEqualTo(created.id());
        assertThat(emitted.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(emitted.videoUrl()).startsWith(SIM.simulator().baseUri() + "/files/");
    }
}
