package io.camelseedance.hygiene;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.camelseedance.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite-wide sentinel sees a secret in any logged line, in a message or in a cause, and says where. */
class SecretSentinelTest {

    private final SecretSentinelAppender sentinel = SecretSentinelAppender.install();

    @Test
    void aSecretInAnyLogLineIsCaughtWithoutBeingRepeated() {
        LoggerFactory.getLogger("io.camelseedance.example").info("calling with {}", TestSecrets.API_KEY);
        LoggerFactory.getLogger("org.apache.camel.example").warn("failed",
                new IllegalStateException("wrapped", new RuntimeException("token " + TestSecrets.CALLBACK_TOKEN)));
        LoggerFactory.getLogger("io.camelseedance.example").info("nothing secret here");

        // taken here, so that the extension does not fail this test for the lines it logged on purpose
        assertThat(sentinel.takeLeaks()).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("INFO").contains("calling with <API KEY>"))
                .anySatisfy(line -> assertThat(line).startsWith("WARN").contains("token <CALLBACK TOKEN>"))
                .allSatisfy(line -> assertThat(line).doesNotContain(TestSecrets.API_KEY, TestSecrets.CALLBACK_TOKEN));
    }
}
