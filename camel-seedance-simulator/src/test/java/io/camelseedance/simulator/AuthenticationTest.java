package io.camelseedance.simulator;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension STRICT = new SeedanceSimulatorExtension(
            SeedanceSimulator.builder().apiKey("sim-key"));

    @RegisterExtension
    static final SeedanceSimulatorExtension ANY_KEY = new SeedanceSimulatorExtension(SeedanceSimulator.builder());

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"wrong-key", "sim-key-2"})
    void refusesAMissingOrWrongKey(String key) {
        HttpResponse<String> response = new ArkClient(STRICT.simulator(), key).get(ArkClient.TASKS);

        assertThat(response.statusCode()).isEqualTo(401);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        JsonNode error = ArkClient.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("AuthenticationError");
        assertThat(error.get("type").asText()).isEqualTo("Unauthorized");
        assertThat(error.get("message").asText())
                .isEqualTo("The API key in the request is missing or invalid. Request id: " + requestId);
        assertThat(error.has("param")).isFalse();
    }

    @Test
    void refusesANonBearerScheme() {
        ArkClient ark = new ArkClient(STRICT.simulator(), null);

        HttpResponse<String> response = ark.send(ark.request(ArkClient.TASKS).header("Authorization", "Basic sim-key"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void acceptsTheConfiguredKey() {
        assertThat(new ArkClient(STRICT.simulator(), "sim-key").get(ArkClient.TASKS).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutAConfiguredKeyAcceptsAnyNonEmptyToken() {
        ArkClient anonymous = new ArkClient(ANY_KEY.simulator(), null);

        assertThat(new ArkClient(ANY_KEY.simulator(), "whatever").get(ArkClient.TASKS).statusCode()).isEqualTo(200);
        assertThat(anonymous.get(ArkClient.TASKS).statusCode()).isEqualTo(401);
        assertThat(anonymous.send(anonymous.request(ArkClient.TASKS).header("Authorization", "Bearer ")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void downloadsNeedNoKeyLikePresignedUrls() {
        HttpResponse<byte[]> response = new ArkClient(STRICT.simulator(), null)
                .download(STRICT.simulator().baseUri() + "/files/cgt-20200101000000-nope0.mp4");

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
