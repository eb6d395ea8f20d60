package io.camelseedance.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.SeedanceTaskFailedException;
import io.camelseedance.api.SeedanceTimeoutException;
import io.camelseedance.simulator.Faults;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chaos: {@value #TASKS} tasks at once through {@code generate?waitForCompletion=true} (nine in ten on the Ark API,
 * with callbacks to a {@code seedance:callback} consumer; one in ten on APIMart, whose creates are keyed) while the
 * simulator injects every fault at once: 429 with Retry-After, 500/502/503, connection resets, the same two after the
 * task was created (at random, and forced by the prompt of two tasks in 100 on each API), answers slower than the
 * client's timeout, cut-off JSON, tasks that fail or expire, video URLs that expire (one task in 50 downloads its MP4
 * from a URL valid for 100 ms), and callbacks duplicated, reordered, late or never sent.
 * <p>
 * Every exchange ends exactly once, finished or with a clear terminal error, within its deadline; no create reaches
 * the simulator twice (APIMart's keyed re-sends may, and it makes one task of them), not even one answered 5xx or cut
 * off after its task was created, which is found in Ark's task list and adopted; the callback consumer emits no task twice and none the
 * simulator did not create.
 */
class ChaosTest extends CamelTestSupport {

    static final int TASKS = Integer.getInteger("seedance.chaos.tasks", 1000);
    static final long SEED = Long.getLong("seedance.chaos.seed", 20261121L);
    static final String KEY = TestSecrets.API_KEY;
    static final long REQUEST_TIMEOUT = 2500;
    static final int MAX_RETRIES = 4;
    static final long RETRY_MAX_DELAY = 400;
    static final long COMPLETION_TIMEOUT = 15_000;
    static final long SETTLE_DELAY = 500;
    static final int RETRY_AFTER_SECONDS = 1;
    static final Pattern MARK = Pattern.compile("chaos-(\\d+)-");
    static final String ARK_CREATES = "/api/v3/contents/generations/tasks";
    static final String APIMART_CREATES = "/apimart/v1/videos/generations";

    static final Faults FAULTS = Faults.builder().seed(SEED)
            .throttled(0.04).serverErrors(0.03).connectionResets(0.02)
            .slowResponses(0.02, Duration.ofMillis(REQUEST_TIMEOUT + 1500)).malformedJson(0.02)
            .serverErrorsAfterCreate(0.02).connectionResetsAfterCreate(0.02)
            .duplicateCallbacks(0.10).reorderedCallbacks(0.10).lateCallbacks(0.10, Duration.ofMillis(1500))
            .lostCallbacks(0.10)
            .build();

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(300))
            .retryAfterSeconds(RETRY_AFTER_SECONDS).serverThreads(16).faults(FAULTS));

    /** Where the tasks with expiring video URLs download their MP4 to. */
    static final String DOWNLOADS = System.getProperty("java.io.tmpdir") + "/seedance-chaos-"
            + ProcessHandle.current().pid();

    private final int port = AvailablePortFinder.getNextAvailable();
    private final Map<String, AtomicInteger> emittedByCallback = new ConcurrentHashMap<>();

    private static Level seedanceLevel;

    /** A thousand tasks and their faults at INFO would be a few thousand lines: keep WARN and above. */
    @BeforeAll
    static void quiet() {
        seedanceLevel = org.apache.logging.log4j.LogManager.getLogger("io.camelseedance").getLevel();
        Configurator.setLevel("io.camelseedance", Level.ERROR);
        Configurator.setLevel("org.apache.camel.processor.errorhandler", Level.OFF);
    }

    @AfterAll
    static void loud() {
        Configurator.setLevel("io.camelseedance", seedanceLevel);
        Configurator.setLevel("org.apache.camel.processor.errorhandler", (Level) null);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CallbackTestSupport.addLoopbackHttpServer(context, port);
        SeedanceComponent seedance = new SeedanceComponent();
        SeedanceConfiguration conf = seedance.getConfiguration();
        conf.setBaseUrl(SIM.baseUrl("byteplus"));
        conf.setApiKey(KEY);
        conf.setModel(SeedanceTestSupport.MODEL);
        conf.setRequestTimeout(REQUEST_TIMEOUT);
        conf.setMaxRetries(MAX_RETRIES);
        conf.setRetryDelay(50);
        conf.setRetryMaxDelay(RETRY_MAX_DELAY);
        conf.setPollDelay(150);
        conf.setPollMaxDelay(600);
        conf.setCompletionTimeout(COMPLETION_TIMEOUT);
        conf.setReconcileSettleDelay(SETTLE_DELAY);
        // a thousand creates of one model in flight at once: told apart in Ark's list only by their marks
        conf.setReconcileMarkCreates(true);
        conf.setCallbackBaseUrl("http://127.0.0.1:" + port);
        conf.setCallbackToken(TestSecrets.CALLBACK_TOKEN);
        seedance.setTrackerTick(50);
        context.addComponent("seedance", seedance);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("direct:ark").to("seedance:generate?waitForCompletion=true");
                from("direct:download").to("seedance:generate?waitForCompletion=true&download=true"
                        + "&downloadDirectory=" + DOWNLOADS);
                from("direct:apimart").to("seedance:generate?waitForCompletion=true&provider=apimart&baseUrl="
                        + SIM.baseUrl("apimart"));
                from("seedance:callback").routeId("callbacks").process(e -> emittedByCallback
                        .computeIfAbsent(e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class),
                                id -> new AtomicInteger())
                        .incrementAndGet());
            }
        };
    }

    /** What became of one exchange. */
    enum Outcome {
        SUCCEEDED, DOWNLOAD_FAILED, TASK_FAILED, TASK_EXPIRED, OUTCOME_UNKNOWN, REFUSED, TIMED_OUT, UNEXPECTED
    }

    private static String prompt(int i) {
        String mark = "chaos-" + i + "- a paper boat in the rain";
        if (i % 20 == 7) {
            return mark + " [sim:expire]";
        }
        if (i % 25 == 11) {
            return mark + " [sim:fail=OutputVideoSensitiveContentDetected]";
        }
        if (downloads(i)) {
            return mark + " [sim:urlTtl=100]"; // the video URL expires 100 ms after each read: refreshed, or it fails
        }
        // the task is created, then its create is answered 5xx or cut off: on Ark (1, 5) and on APIMart (3, 13)
        return switch (i % 100) {
            case 1, 3 -> mark + " [sim:afterCreate=503]";
            case 5, 13 -> mark + " [sim:afterCreate=reset]";
            default -> mark;
        };
    }

    private static boolean downloads(int i) {
        return i % 50 == 19;
    }

    private static boolean onApiMart(int i) {
        return i % 10 == 3;
    }

    @Test
    void everyTaskEndsExactlyOnceWithinItsDeadlineAndNothingIsCreatedTwice() throws Exception {
        AsyncProducer ark = context.getEndpoint("direct:ark").createAsyncProducer();
        AsyncProducer apiMart = context.getEndpoint("direct:apimart").createAsyncProducer();
        AsyncProducer download = context.getEndpoint("direct:download").createAsyncProducer();
        ark.start();
        apiMart.start();
        download.start();
        AtomicIntegerArray ends = new AtomicIntegerArray(TASKS);
        Outcome[] outcomes = new Outcome[TASKS];
        long[] elapsed = new long[TASKS];
        String[] unexpected = new String[TASKS];
        CountDownLatch allEnded = new CountDownLatch(TASKS);
        long started = System.nanoTime();

        for (int i = 0; i < TASKS; i++) {
            int n = i;
            Exchange exchange = context.getEndpoint("direct:ark").createExchange();
            exchange.getMessage().setBody(prompt(n));
            long sentAt = System.nanoTime();
            (onApiMart(n) ? apiMart : downloads(n) ? download : ark).process(exchange, doneSync -> {
                elapsed[n] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentAt);
                outcomes[n] = classify(exchange);
                if (outcomes[n] == Outcome.UNEXPECTED) {
                    unexpected[n] = String.valueOf(exchange.getException());
                }
                if (ends.incrementAndGet(n) == 1) {
                    allEnded.countDown();
                }
            });
        }
        long budget = createBudget() + COMPLETION_TIMEOUT;
        assertThat(allEnded.await(budget + 10_000, TimeUnit.MILLISECONDS))
                .as("all %d exchanges ended within %d ms", TASKS, budget).isTrue();
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Thread.sleep(2_000); // late callbacks and stray completions would show now

        // every exchange ended exactly once, clearly, within its deadline
        for (int i = 0; i < TASKS; i++) {
            assertThat(ends.get(i)).as("ends of exchange %d", i).isEqualTo(1);
            assertThat(outcomes[i]).as("exchange %d: %s", i, unexpected[i]).isNotEqualTo(Outcome.UNEXPECTED);
            assertThat(elapsed[i]).as("exchange %d took", i).isLessThanOrEqualTo(budget);
        }

        // no create reached the simulator twice, except APIMart's keyed re-sends, which made one task
        Map<Integer, List<RecordedRequest>> arkCreates = byMark(SIM.simulator().handledRequests("POST",
                ARK_CREATES));
        Map<Integer, List<RecordedRequest>> apiMartCreates = byMark(SIM.simulator().handledRequests("POST",
                APIMART_CREATES));
        arkCreates.forEach((i, creates) -> assertThat(creates).as("Ark creates of task %d", i).hasSize(1));
        apiMartCreates.forEach((i, creates) -> assertThat(creates.stream()
                .map(r -> r.header("idempotency-key")).distinct()).as("APIMart keys of task %d", i).hasSize(1));
        List<String> created = SIM.simulator().createdTaskIds();
        assertThat(Set.copyOf(created)).hasSameSizeAs(created);
        assertThat(created).as("tasks created").hasSize(arkCreates.size() + apiMartCreates.size());
        int apiMartResends = apiMartCreates.values().stream().mapToInt(l -> l.size() - 1).sum();

        // a create answered 5xx or cut off after its task was created: on Ark never re-sent (the one create above)
        // but found in the task list and adopted; on APIMart re-sent with its key and collapsed into the task it made
        Set<Integer> lostOnArk = byMark(SIM.simulator().lostAfterCreate(ARK_CREATES)).keySet();
        Set<Integer> lostOnApiMart = byMark(SIM.simulator().lostAfterCreate(APIMART_CREATES)).keySet();
        long adoptedOnArk = lostOnArk.stream().filter(i -> outcomes[i] != Outcome.OUTCOME_UNKNOWN).count();
        assertThat(lostOnArk).as("Ark creates whose answer was lost after create").isNotEmpty();
        assertThat(adoptedOnArk).as("of %d lost Ark creates, adopted", lostOnArk.size())
                .isGreaterThanOrEqualTo((long) Math.ceil(lostOnArk.size() * 0.9));
        assertThat(lostOnApiMart).as("APIMart creates re-sent after their answer was lost after create")
                .anySatisfy(i -> assertThat(apiMartCreates.get(i)).hasSizeGreaterThan(1));

        // a task the simulator created and the exchange saw succeed: its outcome is the simulator's
        Map<Outcome, Integer> counts = new TreeMap<>();
        for (Outcome o : outcomes) {
            counts.merge(o, 1, Integer::sum);
        }
        // the callback consumer emitted no task twice, and only tasks the simulator made
        assertThat(emittedByCallback.values()).allSatisfy(c -> assertThat(c.get()).isEqualTo(1));
        assertThat(created).containsAll(emittedByCallback.keySet());

        Map<String, Long> callbackKinds = new HashMap<>();
        SIM.simulator().callbacks().forEach(d -> callbackKinds.merge(d.acknowledged()
                ? "acknowledged"
                : "refused or unanswered", 1L, Long::sum));
        long sorted = java.util.Arrays.stream(elapsed).sorted().skip(Math.max(0, TASKS * 99L / 100 - 1)).findFirst()
                .orElse(0);
        long max = java.util.Arrays.stream(elapsed).max().orElse(0);
        System.out.printf("Chaos: %d tasks in %d ms on %d cores under %s%n  outcomes %s%n  requests %d (handled %d),"
                + " Ark creates %d, APIMart creates %d with %d keyed re-sends, tasks created %d%n"
                + "  answers lost after create: %d Ark (%d adopted), %d APIMart (re-sent with their key)%n"
                + "  callback deliveries %s, tasks emitted by the callback consumer %d (each once)%n"
                + "  downloads with expiring URLs: %d tasks, %d GETs of video files%n"
                + "  exchange time p99 %d ms, max %d ms, budget %d ms%n",
                TASKS, wallMillis, Runtime.getRuntime().availableProcessors(), FAULTS, counts,
                SIM.simulator().requests().size(),
                SIM.simulator().handledRequests(null, "/").size(), arkCreates.size(),
                apiMartCreates.values().stream().mapToInt(List::size).sum(), apiMartResends, created.size(),
                lostOnArk.size(), adoptedOnArk, lostOnApiMart.size(),
                callbackKinds, emittedByCallback.size(),
                java.util.stream.IntStream.range(0, TASKS).filter(i -> downloads(i) && !onApiMart(i)).count(),
                SIM.simulator().requests("GET", "/files/").size(), sorted, max, budget);
        assertThat(counts.getOrDefault(Outcome.SUCCEEDED, 0)).as("most tasks succeed").isGreaterThan(TASKS / 2);
        ark.stop();
        apiMart.stop();
        download.stop();
        org.apache.camel.util.FileUtil.removeDir(new java.io.File(DOWNLOADS));
    }

    /**
     * How long a create may take: every attempt timing out, with the longest wait between attempts; when its answer
     * is lost, the creates in flight with it answered the same way, then a search of the task list, the settle delay
     * and a second search, each list call of the search as patient as the create.
     */
    private static long createBudget() {
        long longestWait = Math.max(RETRY_MAX_DELAY, RETRY_AFTER_SECONDS * 1000L);
        long oneCall = (MAX_RETRIES + 1) * (REQUEST_TIMEOUT + longestWait);
        return 2 * oneCall + SETTLE_DELAY + 2 * oneCall + 2_000;
    }

    private static Map<Integer, List<RecordedRequest>> byMark(List<RecordedRequest> requests) {
        Map<Integer, List<RecordedRequest>> byMark = new TreeMap<>();
        for (RecordedRequest r : requests) {
            Matcher m = MARK.matcher(r.body());
            if (m.find()) {
                byMark.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(r);
            }
        }
        return byMark;
    }

    private static Outcome classify(Exchange exchange) {
        Throwable error = exchange.getException();
        if (error == null) {
            // the task's status header: the body is the VideoTask, or the downloaded file
            return "SUCCEEDED".equals(exchange.getMessage().getHeader(SeedanceConstants.TASK_STATUS, String.class))
                    ? Outcome.SUCCEEDED
                    : Outcome.UNEXPECTED;
        }
        if (error instanceof io.camelseedance.api.SeedanceDownloadException) {
            return Outcome.DOWNLOAD_FAILED;
        }
        if (error instanceof SeedanceTaskFailedException failed) {
            return failed.getMessage().toLowerCase(java.util.Locale.ROOT).contains("expired")
                    ? Outcome.TASK_EXPIRED
                    : Outcome.TASK_FAILED;
        }
        if (error instanceof SeedanceOutcomeUnknownException) {
            return Outcome.OUTCOME_UNKNOWN;
        }
        if (error instanceof SeedanceApiException) {
            return Outcome.REFUSED;
        }
        if (error instanceof SeedanceTimeoutException) {
            return Outcome.TIMED_OUT;
        }
        return Outcome.UNEXPECTED;
    }

}
