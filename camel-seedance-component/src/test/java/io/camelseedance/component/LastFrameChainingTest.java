package io.camelseedance.component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.JsonSupport;
import io.camelseedance.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route of the component page's "Chaining clips" section: each clip starts from the last frame of the one before,
 * so a sequence of short clips plays as one continuous shot.
 */
class LastFrameChainingTest extends SeedanceTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // body: the list of prompts, one per clip; result: the list of finished clips
                from("direct:chain")
                        .setProperty("prompts", body())
                        .setProperty("clips", () -> new ArrayList<VideoTask>())
                        .loop(simple("${exchangeProperty.prompts.size}"))
                        .process(LastFrameChainingTest::nextClipRequest)
                        .to("seedance:generate?waitForCompletion=true&returnLastFrame=true&duration=5")
                        .process(e -> e.getProperty("clips", List.class).add(e.getMessage().getBody()))
                        .end()
                        .setBody(exchangeProperty("clips"));
            }
        };
    }

    /** The next prompt, starting from the last frame of the clip before (none for the first). */
    static void nextClipRequest(Exchange e) {
        List<?> prompts = e.getProperty("prompts", List.class);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("prompt", prompts.get(e.getProperty(Exchange.LOOP_INDEX, Integer.class)));
        String lastFrame = e.getMessage().getHeader(SeedanceConstants.LAST_FRAME_URL, String.class);
        if (lastFrame != null) {
            request.put("firstFrame", lastFrame);
        }
        e.getMessage().setBody(request);
    }

    @Test
    void eachClipStartsFromTheLastFrameOfTheOneBefore() {
        @SuppressWarnings("unchecked")
        List<VideoTask> clips = template.requestBody("direct:chain",
                List.of("A boat leaves the harbour", "The boat sails past a lighthouse", "The boat reaches an island"),
                List.class);

        assertThat(clips).hasSize(3).allSatisfy(c -> assertThat(c.lastFrameUrl()).isNotNull());
        List<RecordedRequest> creates = SIM.simulator().requests("POST", "/api/v3/contents/generations/tasks");
        assertThat(creates).hasSize(3);
        assertThat(firstFrameOf(creates.get(0))).isNull();
        assertThat(firstFrameOf(creates.get(1))).isEqualTo(clips.get(0).lastFrameUrl());
        assertThat(firstFrameOf(creates.get(2))).isEqualTo(clips.get(1).lastFrameUrl());
    }

    private static String firstFrameOf(RecordedRequest create) {
        for (JsonNode item : JsonSupport.parse(create.body(), "create").get("content")) {
            if ("first_frame".equals(item.path("role").asText())) {
                return item.at("/image_url/url").asText();
            }
        }
        return null;
    }
}
