package io.camelseedance.component;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceTaskFailedException;
import io.camelseedance.api.SeedanceTimeoutException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WaitForCompletionTest extends SeedanceTestSupport {

    private static final int WAVE = 100;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wait").to("seedance:generate?waitForCompletion=true&returnLastFrame=true");
                from("direct:lenient").to("seedance:generate?waitForCompletion=true&failOnTaskError=false");
                from("direct:impatient").to("seedance:generate?waitForCompletion=true&completionTimeout=500");
            }
        };
    }

    @Test
    void theExchangeContinuesWithTheFinishedTask() {
        Exchange out = template.request("direct:wait", e -> e.getMessage().setBody("A kite over a beach"));

        assertThat(out.getException()).isNull();
        VideoTask task = out.getMessage().getBody(VideoTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_STATUS)).isEqualTo("SUCCEEDED");
        assertThat(out.getMessage().getHeader(SeedanceConstants.VIDEO_URL)).isEqualTo(task.videoUrl());
        assertThat(out.getMessage().getHeader(SeedanceConstants.LAST_FRAME_URL)).isNotNull();
        assertThat(out.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo(task.id() + ".mp4");
    }

    @Test
    void aFailedTaskFailsTheExchangeWithCodeAndPolicyFlag() {
        Exchange out = template.request("direct:wait",
                e -> e.getMessage().setBody("[sim:fail=OutputVideoSensitiveContentDetected]"));

        assertThat(out.getException()).isInstanceOf(SeedanceTaskFailedException.class);
        SeedanceTaskFailedException failed = (SeedanceTaskFailedException) out.getException();
        assertThat(failed.code()).isEqualTo("OutputVideoSensitiveContentDetected");
        assertThat(failed.isContentPolicy()).isTrue();
        assertThat(failed.task().status()).isEqualTo(TaskStatus.FAILED);
    }

    @Test
    void anExpiredTaskFailsTheExchange() {
        Exchange out = template.request("direct:wait", e -> e.getMessage().setBody("too slow [sim:expire]"));

        assertThat(out.getException()).isInstanceOf(SeedanceTaskFailedException.class);
        assertThat(((SeedanceTaskFailedException) out.getException()).task().status()).isEqualTo(TaskStatus.EXPIRED);
    }

    @Test
    void failOnTaskErrorFalseContinuesWithTheErrorHeaders() {
        Exchange out = template.request("direct:lenient", e -> e.getMessage().setBody("[sim:fail=InternalError]"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_STATUS)).isEqualTo("FAILED");
        assertThat(out.getMessage().getHeader(SeedanceConstants.ERROR_CODE)).isEqualTo("InternalError");
    }

    @Test
    void waitingEndsAtTheDeadline() {
        Exchange out = template.request("direct:impatient", e -> e.getMessage().setBody("[sim:render=60000]"));

        assertThat(out.getException()).isInstanceOf(SeedanceTimeoutException.class);
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class))
                .isEqualTo(((SeedanceTimeoutException) out.getException()).taskId());
    }

    @Test
    void aThousandWaitingExchangesNeedFewThreadsAndBatchedPolls() throws Exception {
        int count = 1000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        template.request("direct:wait", e -> e.getMessage().setBody("warm-up"));
        SIM.simulator().clearRequests();
        int threadsBefore = threads.getThreadCount();
        threads.resetPeakThreadCount();

        AsyncProducer producer = context.getEndpoint("direct:wait").createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(count);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("clip " + i);
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> done.countDown());
            if ((i + 1) % WAVE == 0) {
                // submitted in waves: a burst of 1,000 new connections at once overflows the simulator's accept
                // queue on a loaded 2-core machine; the waits still all overlap
                int submitted = i + 1;
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> SIM.simulator().requests("POST", TASKS).size() >= submitted);
            }
        }

        assertThat(done.await(120, TimeUnit.SECONDS)).as("all exchanges completed").isTrue();
        producer.stop();
        assertThat(exchanges).allSatisfy(e -> {
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getHeader(SeedanceConstants.TASK_STATUS)).isEqualTo("SUCCEEDED");
        });
        long componentThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().contains("Seedance")).count();
        assertThat(componentThreads).as("component threads").isLessThanOrEqualTo(13);
        assertThat(threads.getPeakThreadCount() - threadsBefore).as("threads added while waiting").isLessThan(40);
        int polls = SIM.simulator().requests("GET", TASKS).size();
        System.out.printf("%d waiting exchanges: %d component threads, peak +%d threads, %d poll requests%n", count,
                componentThreads, threads.getPeakThreadCount() - threadsBefore, polls);
        assertThat(SIM.simulator().requests("POST", TASKS)).hasSize(count);
        // one GET per task per round would be thousands; batches of due tasks make it a few dozen per second
        assertThat(polls).as("poll requests for %d tasks", count).isLessThan(count / 5);
    }
}
