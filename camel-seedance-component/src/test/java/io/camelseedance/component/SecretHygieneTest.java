package io.camelseedance.component;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Secret hygiene: a run with a sentinel API key and callback token through every operation and every failure
 * (generate, task, tasks, cancel, callbacks, 401s, validation errors, timeouts, an unreachable provider, refused
 * callbacks, health checks) never shows either of them: not in any log line of any logger at DEBUG, nor in an
 * exception, an endpoint as Camel shows it, a JMX attribute of the context's MBeans, a health check result or the dev
 * console.
 */
class SecretHygieneTest extends CamelTestSupport {

    static final String SENTINEL_KEY = TestSecrets.API_KEY;
    static final String SENTINEL_TOKEN = TestSecrets.CALLBACK_TOKEN;
    static final String MODEL = SeedanceTestSupport.MODEL;
    static final String TASKS = SeedanceTestSupport.TASKS;

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(SENTINEL_KEY).queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(150))
            .serverThreads(8));

    private static final Queue<String> LOGGED = new ConcurrentLinkedQueue<>();
    private static final AbstractAppender CAPTURE = new AbstractAppender("hygiene", null, null, true,
            Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                    .append(event.getMessage().getFormattedMessage());
            for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
                Arrays.stream(t.getStackTrace()).limit(3).forEach(s -> line.append(' ').append(s));
            }
            LOGGED.add(line.toString());
        }
    };
    private static Level rootLevel;
    private static Level seedanceLevel;

    private final int port = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Throwable> errors = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    /** Every logger at DEBUG, into the capture. */
    @BeforeAll
    static void captureAllLogs() {
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        Configuration config = logs.getConfiguration();
        CAPTURE.start();
        config.getRootLogger().addAppender(CAPTURE, Level.ALL, null);
        rootLevel = config.getRootLogger().getLevel();
        seedanceLevel = config.getLoggerConfig("io.camelseedance").getLevel();
        config.getRootLogger().setLevel(Level.DEBUG);
        config.getLoggerConfig("io.camelseedance").setLevel(Level.DEBUG);
        logs.updateLoggers();
    }

    @AfterAll
    static void stopCapturing() {
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        Configuration config = logs.getConfiguration();
        config.getRootLogger().removeAppender(CAPTURE.getName());
        config.getRootLogger().setLevel(rootLevel);
        config.getLoggerConfig("io.camelseedance").setLevel(seedanceLevel);
        logs.updateLoggers();
        CAPTURE.stop();
        LOGGED.clear();
    }

    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CallbackTestSupport.addLoopbackHttpServer(context, port);
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(SIM.baseUrl("byteplus"));
        seedance.getConfiguration().setApiKey(SENTINEL_KEY);
        seedance.getConfiguration().setModel(MODEL);
        seedance.getConfiguration().setPollDelay(100);
        seedance.getConfiguration().setPollMaxDelay(300);
        seedance.getConfiguration().setCallbackBaseUrl("http://127.0.0.1:" + port);
        seedance.getConfiguration().setCallbackToken(SENTINEL_TOKEN);
        seedance.setTrackerTick(50);
        context.addComponent("seedance", seedance);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:callback").routeId("callbacks").to("mock:callbacks");
                from("seedance:tasks?mode=tracked&delay=100").routeId("tracked").to("mock:tracked");
                from("direct:wait").to("seedance:generate?waitForCompletion=true&completionTimeout=20000");
                from("direct:short").to("seedance:generate?waitForCompletion=true&completionTimeout=300");
                // secrets given in the URI, as users should not but will
                from("direct:uriKey").to("seedance:task?apiKey=RAW(" + SENTINEL_KEY + ")&callbackToken=RAW("
                        + SENTINEL_TOKEN + ")");
                from("direct:callbackUrl").to("seedance:generate?callbackUrl=RAW(http://127.0.0.1:" + port
                        + "/seedance/callback/" + SENTINEL_TOKEN + ")");
                from("direct:unreachable").to("seedance:generate?maxRetries=0&baseUrl=http://127.0.0.1:9/api/v3"
                        + "&apiKey=" + SENTINEL_KEY);
            }
        };
    }

    private Exchange send(String uri, Object body) {
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(body));
        if (exchange.getException() != null) {
            errors.add(exchange.getException());
        }
        return exchange;
    }

    private HttpResponse<String> post(String pathAndQuery, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(4)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        shown.add(response.body() + " " + response.headers().map());
        return response;
    }

    @Test
    void neitherTheKeyNorTheCallbackTokenShowsAnywhere() throws Exception {
        // every operation, succeeding
        VideoTask done = send("direct:wait", "A lighthouse at dusk").getMessage().getBody(VideoTask.class);
        assertThat(done.isTerminal()).isTrue();
        assertThat(send("direct:uriKey", done.id()).getException()).isNull();
        assertThat(send("seedance:tasks", null).getException()).isNull();
        String queued = send("seedance:generate", "Wait in the queue [sim:queue=60000]").getMessage()
                .getBody(VideoTask.class).id();
        assertThat(send("seedance:cancel", queued).getException()).isNull();
        assertThat(send("direct:callbackUrl", "A callback URL of its own").getException()).isNull();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> getMockEndpoint("mock:callbacks").getReceivedCounter() >= 1);

        // every kind of failure
        SIM.simulator().failNext("POST", TASKS, 401, 1);
        assertThat(send("seedance:generate", "Refused key").getException()).isNotNull();
        // this task's own path: the tracker's and the callback consumer's GETs run meanwhile and must not take the 401
        SIM.simulator().failNext("GET", TASKS + "/" + done.id(), 401, 1);
        assertThat(send("seedance:task", done.id()).getException()).isNotNull();
        assertThat(send("seedance:generate?duration=99", "Too long").getException()).isNotNull();
        assertThat(send("seedance:generate", Map.of("prompt", "x", "resolution", "9000p")).getException())
                .isNotNull();
        assertThat(send("seedance:generate", "Refused [sim:reject=InputTextSensitiveContentDetected]")
                .getException()).isNotNull();
        assertThat(send("direct:short", "Slow [sim:render=5000]").getException()).isNotNull();
        assertThat(send("direct:unreachable", "Nobody there").getException()).isNotNull();
        assertThat(send("seedance:task", "not a task id!").getException()).isNotNull();
        SIM.simulator().failNext("POST", TASKS, 500, 1);
        assertThat(send("seedance:generate", "Lost answer").getException()).isNotNull();
        try {
            context.getEndpoint("seedance:generate?callbackToken=RAW(" + SENTINEL_TOKEN + "/x y)");
        } catch (RuntimeException e) {
            errors.add(e);
        }

        // refused and forged callbacks
        String path = CallbackAddress.DEFAULT_PATH;
        String task = "{\"id\":\"" + done.id() + "\",\"status\":\"succeeded\"}";
        assertThat(post(path + "?token=" + SENTINEL_TOKEN, task).statusCode()).isEqualTo(401);
        assertThat(post(path, task, "Authorization", "Bearer " + SENTINEL_TOKEN).statusCode()).isEqualTo(401);
        assertThat(post(path + "/" + SENTINEL_TOKEN + "x", task).statusCode()).isEqualTo(401);
        assertThat(post(path + "/" + SENTINEL_TOKEN, "{\"id\":").statusCode()).isEqualTo(400);
        assertThat(post(path + "/" + SENTINEL_TOKEN, "{\"id\":\"cgt-unknown\",\"status\":\"failed\"}").statusCode())
                .isEqualTo(200);

        // health checks, one of them with a refused key, and the dev console while a task is in flight
        SeedanceComponent seedance = context.getComponent("seedance", SeedanceComponent.class);
        send("seedance:generate?waitForCompletion=false", "Running a while [sim:render=3000]");
        template.asyncSend("direct:wait", e -> e.getMessage().setBody("In flight [sim:render=3000]"));
        await().until(() -> seedance.tracker().inFlightCount() >= 1);
        SeedanceDevConsole console = new SeedanceDevConsole();
        console.setCamelContext(context);
        shown.add(String.valueOf(console.call(DevConsole.MediaType.TEXT, Map.of())));
        shown.add(String.valueOf(console.call(DevConsole.MediaType.JSON, Map.of())));
        assertThat(shown.get(shown.size() - 1)).contains("inFlight");
        for (String id : List.of("producers", "consumers")) {
            HealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(context, id);
            repo.setEnabled(true);
            // enough 401s for every probe, even if the tracker's polls of the task in flight take some first
            SIM.simulator().failNext("GET", TASKS, 401, 20);
            repo.stream().forEach(check -> shown.add(describe(check.call())));
        }
        assertThat(shown).anyMatch(s -> s.contains("401"));

        // endpoints as Camel shows them
        for (Endpoint endpoint : context.getEndpoints()) {
            shown.add(endpoint.toString());
            shown.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
            shown.add(String.valueOf(endpoint.getEndpointBaseUri()));
        }
        context.getEndpointRegistry().values().forEach(e -> shown.add(e.toString()));
        context.getRoutes().forEach(r -> shown.add(r.toString() + " " + r.getEndpoint() + " " + r.getConsumer()));

        // every attribute of every MBean of the context
        int attributes = readAllJmxAttributes();
        assertThat(attributes).as("JMX attributes read").isGreaterThan(100);

        // the secrets were really in use: the provider got the key, and the token in the callback URLs
        assertThat(SIM.simulator().requests())
                .anyMatch(r -> ("Bearer " + SENTINEL_KEY).equals(r.header("authorization")));
        assertThat(SIM.simulator().requests("POST", TASKS)).anyMatch(r -> r.body().contains(SENTINEL_TOKEN));

        List<String> exceptions = new ArrayList<>();
        for (Throwable error : errors) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                exceptions.add(t.toString());
                for (Throwable s : t.getSuppressed()) {
                    exceptions.add(s.toString());
                }
            }
        }
        assertThat(errors).hasSizeGreaterThanOrEqualTo(9);
        List<String> logs = List.copyOf(LOGGED);
        assertThat(logs).as("DEBUG log captured").hasSizeGreaterThan(100);
        assertNoSentinel("log line", logs);
        assertNoSentinel("exception", exceptions);
        assertNoSentinel("shown", shown);
    }

    private static String describe(HealthCheck.Result result) {
        return result.getCheck().getId() + " " + result.getState() + " " + result.getMessage().orElse("") + " "
                + result.getDetails() + " " + result.getError().map(Throwable::toString).orElse("");
    }

    private int readAllJmxAttributes() throws Exception {
        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        if (server == null) {
            server = ManagementFactory.getPlatformMBeanServer();
        }
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context="
                + context.getManagementName() + ",*"), null);
        assertThat(names).as("MBeans of the context").isNotEmpty();
        int read = 0;
        for (ObjectName name : names) {
            shown.add(name.toString());
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (!attribute.isReadable()) {
                    continue;
                }
                try {
                    Object value = server.getAttribute(name, attribute.getName());
                    shown.add(name + " " + attribute.getName() + "="
                            + (value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value)));
                    read++;
                } catch (Exception | LinkageError unreadable) {
                    shown.add(String.valueOf(unreadable));
                }
            }
        }
        return read;
    }

    private static void assertNoSentinel(String what, List<String> texts) {
        List<String> leaks = texts.stream()
                .filter(t -> t != null && (t.contains(SENTINEL_KEY) || t.contains(SENTINEL_TOKEN))).toList();
        assertThat(leaks).as("%s(s) showing a secret", what).isEmpty();
    }
}
