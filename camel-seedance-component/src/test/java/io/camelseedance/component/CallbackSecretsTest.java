package io.camelseedance.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.camelseedance.simulator.CallbackDelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The callback token is a secret: it appears in the URL sent to the provider and nowhere else.
 */
class CallbackSecretsTest extends CallbackTestSupport {

    private static final String SECRET = "Secret-Token-4711-do-not-show-it";

    private static final Queue<String> LOGGED = new ConcurrentLinkedQueue<>();
    private static final AbstractAppender CAPTURE = new AbstractAppender("capture", null, null, true,
            Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            LOGGED.add(event.getMessage().getFormattedMessage()
                    + (event.getThrown() != null ? " " + messages(event.getThrown()) : ""));
        }
    };
    private static Level seedanceLevel;

    /** Everything the component logs at any level, and what anything else logs at WARN and above. */
    @BeforeAll
    static void captureLogs() {
        Configuration config = ((LoggerContext) LogManager.getContext(false)).getConfiguration();
        CAPTURE.start();
        config.getRootLogger().addAppender(CAPTURE, Level.ALL, null);
        LoggerConfig seedance = config.getLoggerConfig("io.camelseedance");
        seedanceLevel = seedance.getLevel();
        seedance.setLevel(Level.DEBUG);
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
    }

    @AfterAll
    static void stopCapturing() {
        Configuration config = ((LoggerContext) LogManager.getContext(false)).getConfiguration();
        config.getRootLogger().removeAppender(CAPTURE.getName());
        config.getLoggerConfig("io.camelseedance").setLevel(seedanceLevel);
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
        CAPTURE.stop();
    }

    @AfterEach
    void noLogLineCarriesAToken() {
        String generated = context.getComponent("seedance", SeedanceComponent.class).generatedCallbackToken();
        List<String> lines = List.copyOf(LOGGED);
        LOGGED.clear();
        assertThat(lines).anyMatch(line -> line.contains("Seedance callbacks accepted at"))
                .noneMatch(line -> line.contains(SECRET) || line.contains(generated));
    }

    @Override
    protected void configure(SeedanceComponent seedance) {
        super.configure(seedance);
        seedance.getConfiguration().setCallbackToken(null);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:callback").to("mock:callback");
                from("direct:unreachable").to("seedance:generate?maxRetries=0&baseUrl=http://127.0.0.1:9/api/v3"
                        + "&callbackToken=" + SECRET);
                from("direct:rejected").to("seedance:generate?callbackToken=" + SECRET);
            }
        };
    }

    @Test
    void withoutATokenTheComponentGeneratesOneOf256Bits() {
        String id = submit("A generated token");

        CallbackDelivery delivery = awaitFinalCallbackAcknowledged(id);
        await().atMost(WAIT).until(() -> getMockEndpoint("mock:callback").getReceivedCounter() == 1);

        String token = delivery.url().substring((baseUrl() + CallbackAddress.DEFAULT_PATH + "/").length());
        assertThat(delivery.url()).startsWith(baseUrl() + CallbackAddress.DEFAULT_PATH + "/");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(token).isNotEqualTo(CallbackAddress.newToken());
    }

    @Test
    void refusedCallbacksShowNoToken() throws Exception {
        String generated = context.getComponent("seedance", SeedanceComponent.class).generatedCallbackToken();
        String path = CallbackAddress.DEFAULT_PATH;

        assertThat(post(path + "?token=" + generated, "{}").statusCode()).isEqualTo(401);
        assertThat(post(path + "/" + generated + "x", "{}").statusCode()).isEqualTo(401);
        assertThat(post(path + "/" + generated, "{\"id\":").statusCode()).isEqualTo(400);
        assertThat(post(path + "/" + generated, "{\"id\":\"cgt-unknown\",\"status\":\"failed\"}").statusCode())
                .isEqualTo(200);
        awaitCallbacksProcessed();
    }

    @Test
    void theTokenIsMaskedWhereverAnEndpointIsShown() {
        Endpoint callback = context.getEndpoint("seedance:callback?callbackToken=" + SECRET + "&callbackPath=/other");
        Endpoint generate = context.getEndpoint("seedance:generate?callbackToken=RAW(" + SECRET + ")&callbackUrl=RAW("
                + baseUrl() + "/hook/" + SECRET + ")");

        for (Endpoint endpoint : List.of(callback, generate)) {
            assertThat(endpoint.toString()).doesNotContain(SECRET);
            assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(SECRET);
        }
    }

    @Test
    void noErrorCarriesTheToken() {
        Exchange unreachable = template.request("direct:unreachable", e -> e.getMessage().setBody("A lost create"));
        Exchange rejected = template.request("direct:rejected",
                e -> e.getMessage().setBody("Refused [sim:reject=InputTextSensitiveContentDetected]"));

        for (Exchange failed : List.of(unreachable, rejected)) {
            assertThat(failed.getException()).isNotNull();
            assertThat(messages(failed.getException())).noneMatch(m -> m.contains(SECRET));
            assertThat(failed.toString()).doesNotContain(SECRET);
            assertThat(failed.getMessage().toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void aTokenThatCannotGoInAUrlIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> context.getEndpoint("seedance:generate?callbackToken=RAW(" + SECRET + "/x y)"))
                .satisfies(e -> assertThat(messages(e)).noneMatch(m -> m.contains(SECRET)))
                .hasMessageContaining("callbackToken");
    }

    private static List<String> messages(Throwable error) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
            messages.add(t.toString());
        }
        return messages;
    }
}
