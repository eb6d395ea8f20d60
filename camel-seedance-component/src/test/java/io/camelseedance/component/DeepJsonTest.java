package io.camelseedance.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceException;
import io.camelseedance.api.SeedanceValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, defect 7: a request nested 10,000 levels deep under {@code extra} threw {@code StackOverflowError} out of
 * {@code ProducerTemplate.send} and left the exchange in flight for ever. Now it is a validation error naming the
 * field, the exchange completes, and nothing is sent.
 */
class DeepJsonTest extends SeedanceTestSupport {

    static final int LEVELS = 10_000;

    private String evolink() {
        return "seedance:generate?provider=evolink&validation=off&baseUrl=" + SIM.baseUrl("evolink");
    }

    @Test
    void aMapNestedTenThousandLevelsUnderExtraIsAValidationErrorNamingTheField() {
        Map<String, Object> deep = new LinkedHashMap<>();
        Map<String, Object> level = deep;
        for (int i = 0; i < LEVELS; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            level.put("x", i % 2 == 0 ? next : List.of(next));
            level = next;
        }
        Map<String, Object> body = Map.of("prompt", "a kite", "extra", Map.of("model_params", deep));

        Exchange out = send(evolink(), body);

        assertThat(out.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("extra.model_params: nests deeper than 64 levels");
        assertThat(context.getInflightRepository().size()).isZero();
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void jsonTextNestedTenThousandLevelsIsRefusedWithoutOverflowingOrHanging() {
        String body = "{\"prompt\":\"a kite\",\"extra\":{\"model_params\":" + "[".repeat(LEVELS) + "]".repeat(LEVELS)
                + "}}";

        Exchange out = send(evolink(), body);

        assertThat(out.getException()).isInstanceOf(SeedanceException.class).hasMessageContaining("nest");
        assertThat(context.getInflightRepository().size()).isZero();
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void aSelfContainingMapIsRefusedLikeADeepOne() {
        Map<String, Object> loop = new LinkedHashMap<>();
        loop.put("self", loop);

        Exchange out = send(evolink(), Map.of("prompt", "a kite", "extra", Map.of("loop", loop)));

        assertThat(out.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("extra.loop: nests deeper");
        assertThat(SIM.simulator().requests()).isEmpty();
    }
}
