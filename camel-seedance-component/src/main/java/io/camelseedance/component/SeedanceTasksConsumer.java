package io.camelseedance.component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.TaskPage;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.tracking.CreateIntents;

/**
 * {@code from("seedance:tasks")}: emits one exchange per task that has ended, once. In {@code tracked} mode the tasks
 * are those this application submitted with the same account; in {@code account} mode, those the provider lists for
 * the account, read page after page until the list is exhausted (at most {@value #MAX_PAGES_PER_POLL} pages a poll;
 * the next poll goes on where this one stopped).
 * <p>
 * A task is claimed in the idempotent repository before it is emitted, confirmed when its exchange completes, and
 * released when the exchange fails, so a failed route sees the task again on the next poll. As a Camel batch consumer
 * it sets the batch properties, stops handing out a batch when the route is shut down, and counts the exchanges of the
 * batch not yet handed out as pending, so a graceful shutdown waits for them.
 */
public class SeedanceTasksConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceTasksConsumer.class);
    private static final long LIST_TIMEOUT_SECONDS = 120;
    private static final long DOWNLOAD_TIMEOUT_MINUTES = 30;
    private static final int DEFAULT_PAGE_SIZE = 100;
    /** Pages read by one poll of the account mode, so that a huge history cannot hold a poll for long. */
    static final int MAX_PAGES_PER_POLL = 10;

    private EmitOnce emitted;
    /** The page of the account's list the next poll starts at. */
    private int nextPage = 1;

    public SeedanceTasksConsumer(SeedanceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public SeedanceEndpoint getEndpoint() {
        return (SeedanceEndpoint) super.getEndpoint();
    }

    private boolean tracked() {
        return getEndpoint().getConfiguration().getMode() == TasksConsumerMode.tracked;
    }

    @Override
    protected void doStart() throws Exception {
        emitted = tracked()
                ? EmitOnce.ofOutcomes(getEndpoint(), getRouteId())
                : EmitOnce.of(getEndpoint(), getRouteId());
        emitted.start();
        if (tracked()) {
            getEndpoint().getComponent().trackedConsumerStarted(getEndpoint().trackerKey());
        } else if (!getEndpoint().client().features().has(Feature.LIST)) {
            throw new IllegalArgumentException("Provider " + getEndpoint().client().provider()
                    + " cannot list tasks: use mode=tracked");
        }
        super.doStart();
        // readiness: Camel's consumer check of the route asks this one
        setHealthCheck(SeedanceHealthCheck.forConsumer(getEndpoint(), getRouteId()));
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (tracked()) {
            getEndpoint().getComponent().trackedConsumerStopped(getEndpoint().trackerKey());
        }
    }

    @Override
    protected int poll() throws Exception {
        if (tracked()) {
            reportUnknownOutcomes();
        }
        Queue<Object> exchanges = new ArrayDeque<>();
        int limit = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        for (VideoTask task : finishedTasks()) {
            if (exchanges.size() >= limit || !isBatchAllowed()) {
                break; // the rest stay unclaimed for the next poll
            }
            if (emitted.claim(task.id())) {
                Exchange exchange = createExchange(true);
                TaskMessage.write(exchange.getMessage(), task);
                exchange.getMessage().setHeader(SeedanceConstants.REDELIVERED, emitted.redelivered(task.id()));
                if (downloaded(exchange, task)) {
                    exchanges.add(exchange);
                } else {
                    emitted.release(task.id());
                    releaseExchange(exchange, false);
                }
            }
        }
        return processBatch(exchanges);
    }

    private List<VideoTask> finishedTasks() throws Exception {
        if (tracked()) {
            return getEndpoint().getComponent().tracker().pendingOutcomes(getEndpoint().trackerKey());
        }
        List<VideoTask> finished = new ArrayList<>();
        for (int read = 0; read < MAX_PAGES_PER_POLL; read++) {
            TaskQuery query = accountQuery(nextPage);
            // the scheduler thread of this consumer is the one that may wait: it does nothing else
            TaskPage page = getEndpoint().client().list(query).get(LIST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            page.items().stream().filter(VideoTask::isTerminal).forEach(finished::add);
            boolean exhausted = page.items().size() < query.pageSize()
                    || (long) nextPage * query.pageSize() >= page.total();
            nextPage = exhausted ? 1 : nextPage + 1;
            if (exhausted) {
                break;
            }
        }
        return finished;
    }

    private TaskQuery accountQuery(int pageNum) {
        SeedanceConfiguration c = getEndpoint().getConfiguration();
        return new TaskQuery(pageNum, c.getPageSize() != null ? c.getPageSize() : DEFAULT_PAGE_SIZE,
                c.getStatusFilter() != null ? TaskStatus.valueOf(c.getStatusFilter().toUpperCase(Locale.ROOT)) : null,
                c.getModel(), List.of(), c.getServiceTier());
    }

    /**
     * Creates that a crash cut off and no task could be matched to: each is passed to the exception handler (the
     * route's error handler with bridgeErrorHandler=true), once.
     */
    private void reportUnknownOutcomes() {
        CreateIntents intents = getEndpoint().getComponent().intents();
        for (CreateIntents.Unknown unknown : intents.unknownOutcomes(getEndpoint().trackerKey())) {
            getExceptionHandler().handleException("Seedance create outcome unknown after a restart", unknown.error());
            intents.reported(unknown.intent().id());
        }
    }

    /** Waits for the download, if one is asked for: this consumer's own poll thread is free to wait. */
    private boolean downloaded(Exchange exchange, VideoTask task) {
        try {
            getEndpoint().download(exchange.getMessage(), task).get(DOWNLOAD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            // the task is offered again on the next poll
            LOG.warn("Could not download the video of Seedance task {}: {}", task.id(), e.getMessage());
            return false;
        }
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int handedOut = 0;
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(Exchange.BATCH_INDEX, index);
            exchange.setProperty(Exchange.BATCH_SIZE, total);
            exchange.setProperty(Exchange.BATCH_COMPLETE, index == total - 1);
            // what a graceful shutdown waits for besides the exchanges in flight
            pendingExchanges = total - index - 1;
            String taskId = exchange.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
            emitted.settleWhenDone(exchange, taskId, () -> {
                if (tracked()) {
                    getEndpoint().getComponent().tracker().outcomeEmitted(taskId);
                }
            });
            // the default callback hands a failure the route did not handle to the consumer's exception handler
            getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
            handedOut++;
        }
        // exchanges left over when the route is shutting down go back to the pool of unclaimed tasks
        for (Object left : exchanges) {
            Exchange exchange = (Exchange) left;
            emitted.release(exchange.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class));
            releaseExchange(exchange, false);
        }
        pendingExchanges = 0;
        return handedOut;
    }
}
