package io.camelseedance.component;

import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 001's draft workflow end to end: a cheap 480p draft to check the shot, then the final video rendered from it
 * (a {@code draft_task} content item), which names the draft it came from.
 */
class DraftToFinalRouteTest extends SeedanceTestSupport {

    private static final String SEEDANCE_1_5_PRO = "seedance-1-5-pro-251215";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:draft").to("seedance:generate?validation=strict&waitForCompletion=true&model="
                        + SEEDANCE_1_5_PRO + "&draft=true");
                from("direct:final").to("seedance:generate?validation=strict&waitForCompletion=true&model="
                        + SEEDANCE_1_5_PRO + "&resolution=720p");
            }
        };
    }

    @Test
    void aDraftBecomesTheFinalVideoThatNamesIt() {
        VideoTask draft = template.requestBody("direct:draft",
                Map.of("prompt", "A paper boat drifts down a rainy street", "ratio", "9:16"), VideoTask.class);
        assertThat(draft.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(draft.output().resolution()).isEqualTo("480p");

        VideoTask finished = template.requestBody("direct:final", Map.of("draftTaskId", draft.id()),
                VideoTask.class);

        assertThat(finished.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(finished.videoUrl()).isNotNull();
        assertThat(finished.output().resolution()).isEqualTo("720p");
        assertThat(finished.output().ratio()).isEqualTo("9:16");
        assertThat(finished.draftTaskId()).isEqualTo(draft.id());
        assertThat(draft.draftTaskId()).isNull();
    }

    @Test
    void aTaskThatIsNotADraftCannotBeRendered() {
        VideoTask plain = template.requestBody("direct:final", Map.of("prompt", "A lighthouse at dusk"),
                VideoTask.class);

        Exception refused = template.send("direct:final", e -> e.getMessage().setBody(Map.of("draftTaskId",
                plain.id()))).getException();

        assertThat(refused).isInstanceOfSatisfying(SeedanceApiException.class,
                e -> assertThat(e.getMessage()).contains("not a draft task"));
    }
}
