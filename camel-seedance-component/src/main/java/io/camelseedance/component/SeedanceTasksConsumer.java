package io.camelseedance.component;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.util.CastUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ProviderFeatures.Feature;

/**
 * {@code from("seedance:tasks")}: emits one exchange per task that has ended, once. A task is claimed in the
 * idempotent repository before it is emitted, confirmed when its exchange completes, and released when the exchange
 * fails, so a failed route sees the task again on the next poll.
 */
public class SeedanceTasksConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceTasksConsumer.class);
    private static final long LIST_TIMEOUT_SECONDS = 120;
    private static final long DOWNLOAD_TIMEOUT_MINUTES = 30;

    private EmitOnce emitted;

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
        emitted = new EmitOnce(getEndpoint().getConfiguration().getIdempotentRepository());
        emitted.start();
        if (tracked()) {
            getEndpoint().getComponent().trackedConsumerStarted();
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
            getEndpoint().getComponent().trackedConsumerStopped();
        }
    }

    @Override
    protected int poll() throws Exception {
        Queue<Exchange> exchanges = new LinkedList<>();
        for (VideoTask task : finishedTasks()) {
            if (emitted.claim(task.id())) {
                Exchange exchange = createExchange(true);
                TaskMessage.write(exchange.getMessage(), task);
                if (downloaded(exchange, task)) {
                    exchanges.add(exchange);
                } else {
                    emitted.release(task.id());
                    releaseExchange(exchange, false);
                }
            }
        }
        return processBatch(CastUtils.cast(exchanges));
    }

    private List<VideoTask> finishedTasks() throws Exception {
        if (tracked()) {
            return new ArrayList<>(getEndpoint().getComponent().tracker().pendingOutcomes());
        }
        SeedanceConfiguration c = getEndpoint().getConfiguration();
        TaskQuery query = new TaskQuery(1, c.getPageSize() != null ? c.getPageSize() : 100,
                c.getStatusFilter() != null ? TaskStatus.valueOf(c.getStatusFilter().toUpperCase(Locale.ROOT)) : null,
                c.getModel(), List.of(), c.getServiceTier());
        // the scheduler thread of this consumer is the one that may wait: it does nothing else
        return getEndpoint().client().list(query).get(LIST_TIMEOUT_SECONDS, TimeUnit.SECONDS).items().stream()
                .filter(VideoTask::isTerminal).toList();
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
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(Exchange.BATCH_INDEX, index);
            exchange.setProperty(Exchange.BATCH_SIZE, total);
            exchange.setProperty(Exchange.BATCH_COMPLETE, index == total - 1);
            String taskId = exchange.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
            emitted.settleWhenDone(exchange, taskId, () -> {
                if (tracked()) {
                    getEndpoint().getComponent().tracker().outcomeEmitted(taskId);
                }
            });
            getAsyncProcessor().process(exchange, doneSync -> {
            });
        }
        // exchanges left over when maxMessagesPerPoll cut the batch go back to the pool of unclaimed tasks
        for (Object left : exchanges) {
            emitted.release(((Exchange) left).getMessage().getHeader(SeedanceConstants.TASK_ID, String.class));
        }
        return total;
    }
}
