package io.camelseedance.component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceException;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.SeedanceTaskFailedException;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.governor.Estimate;
import io.camelseedance.governor.Governor;
import io.camelseedance.tracking.CreateIntent;
import io.camelseedance.tracking.CreateIntents;
import io.camelseedance.tracking.RenderProfile;
import io.camelseedance.tracking.SharedTaskStore;
import io.camelseedance.tracking.Submission;
import io.camelseedance.tracking.SubmissionKeys;
import io.camelseedance.tracking.TaskTracker;
import io.camelseedance.tracking.TrackerKey;
import io.camelseedance.tracking.TrackingPolicy;

/**
 * Runs one operation per exchange without blocking: when the provider answers, the exchange continues on the
 * component's worker pool, never on the HTTP client's threads (which only move bytes). Invalid requests fail before
 * anything is sent, at once on the caller's thread.
 */
public class SeedanceProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceProducer.class);

    private SeedanceHealthCheck.Registration healthCheck;

    public SeedanceProducer(SeedanceEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public SeedanceEndpoint getEndpoint() {
        return (SeedanceEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SeedanceConfiguration conf = getEndpoint().getConfiguration();
        if (getEndpoint().getOperation() == SeedanceOperation.generate && TaskDownloads.wanted(conf)
                && !conf.isWaitForCompletion()) {
            throw new IllegalArgumentException("download and downloadLastFrame on seedance:generate need"
                    + " waitForCompletion=true: there is no video before the task ends");
        }
        healthCheck = SeedanceHealthCheck.forProducer(getEndpoint());
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            healthCheck.close();
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> work;
        try {
            work = switch (operation(exchange.getMessage())) {
                case generate -> generate(exchange.getMessage());
                case task -> task(exchange);
                case tasks -> tasks(exchange.getMessage());
                case cancel -> cancel(exchange);
                case callback -> throw new SeedanceValidationException("operation",
                        "callback is a consumer (from(\"seedance:callback\")), not something to send to");
            };
        } catch (Exception | StackOverflowError e) {
            // an overflow (from a value no check foresaw) must fail the exchange, not leave it in flight for ever
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        work.whenComplete((ignored, error) -> {
            if (error != null) {
                exchange.setException(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause()
                        : error);
            }
            callback.done(false);
        });
        return false;
    }

    private SeedanceOperation operation(Message message) {
        Object header = message.getHeader(SeedanceConstants.OPERATION);
        if (header == null) {
            return getEndpoint().getOperation();
        }
        try {
            return header instanceof SeedanceOperation op ? op : SeedanceOperation.valueOf(header.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new SeedanceValidationException("operation", "unknown operation '" + header
                    + "' in header " + SeedanceConstants.OPERATION);
        }
    }

    private CompletableFuture<Void> generate(Message message) {
        SeedanceEndpoint endpoint = getEndpoint();
        SeedanceConfiguration conf = endpoint.getConfiguration();
        VideoRequest request = endpoint
                .validate(endpoint.withCallbackUrl(MessageRequestReader.read(message, conf.requestDefaults())));
        String submissionKey = KeyedSubmissions.key(message);
        boolean wait = conf.isWaitForCompletion();
        boolean keepForConsumer = endpoint.getComponent().hasTrackedConsumer(endpoint.trackerKey());
        TaskTracker tracker = endpoint.getComponent().tracker();
        String storeProblem = tracker.storeProblem();
        if ((wait || keepForConsumer || submissionKey != null || endpoint.governor().followsTasks())
                && storeProblem != null) {
            // the task could not be recorded, so a crash would lose it: the route's error handling retries later
            throw new SeedanceException("Not sent: the Seedance task store is unavailable (" + storeProblem + ")");
        }
        // over budget or quota: refused here, on the caller's thread, with nothing sent
        Governor.Pass pass = endpoint.governor().admit(request);
        Estimate estimate = pass.estimate();
        if (estimate != null) {
            message.setHeader(SeedanceConstants.COST_ESTIMATE, estimate.amount());
            message.setHeader(SeedanceConstants.COST_UNIT, estimate.unit().name());
            message.setHeader(SeedanceConstants.COST_SOURCE, estimate.source());
        }
        // beyond the account's cap the exchange waits here, parked in the slot's queue: no thread is held
        return pass.slot().thenCompose(free -> submit(message, request, submissionKey, pass));
    }

    private CompletableFuture<Void> submit(Message message, VideoRequest request, String submissionKey,
            Governor.Pass pass) {
        // completionTimeout counts from here: the create's own time is part of the wait
        Instant since = Instant.now();
        SeedanceEndpoint endpoint = getEndpoint();
        TrackingPolicy policy = endpoint.trackingPolicy(since, request.executionExpiresAfter());
        if (submissionKey == null) {
            return create(message, request, policy, null, pass);
        }
        SubmissionKeys keys = KeyedSubmissions.of(endpoint.getComponent().tracker().store());
        SharedTaskStore shared = endpoint.getComponent().sharedStore();
        KeyedSubmissions.Settling settling = new KeyedSubmissions.Settling(
                () -> endpoint.getComponent().intents().settle(endpoint.trackerKey(), endpoint.client()),
                shared == null ? Duration.ZERO : shared.lease().multipliedBy(2));
        return KeyedSubmissions.claim(keys, endpoint.trackerKey(), submissionKey, policy.deadline(), settling,
                endpoint.getComponent().workers()).thenCompose(claimed -> {
                    boolean adopted = claimed.state() == Submission.State.CREATED;
                    message.setHeader(SeedanceConstants.SUBMISSION_ADOPTED, adopted);
                    if (adopted) {
                        pass.unused(); // the task was paid for when it was created
                        return adopt(message, submissionKey, claimed.taskId(), policy);
                    }
                    return create(message, request, policy, submissionKey, pass);
                });
    }

    /** Sends the create; with a submission key (claimed by this exchange), records what it made under the key. */
    private CompletableFuture<Void> create(Message message, VideoRequest request, TrackingPolicy policy,
            String submissionKey, Governor.Pass pass) {
        SeedanceEndpoint endpoint = getEndpoint();
        SeedanceConfiguration conf = endpoint.getConfiguration();
        boolean wait = conf.isWaitForCompletion();
        SeedanceMetrics metrics = endpoint.getComponent().metrics();
        boolean keepForConsumer = endpoint.getComponent().hasTrackedConsumer(endpoint.trackerKey());
        // a task a consumer will emit, or a key's later exchanges adopt, must survive a crash while its create is on
        // the wire: recorded before sending
        CreateIntents intents = endpoint.getComponent().intents();
        CreateIntent intent = keepForConsumer || submissionKey != null
                ? intend(intents, request, policy, keepForConsumer, submissionKey)
                : null;
        return endpoint.client().create(request).whenComplete((task, error) -> {
            if (error != null) {
                if (intent != null) {
                    intents.failed(intent); // the exchange reports the failure, an unknown outcome included
                }
                pass.notSent(error);
            }
            if (submissionKey != null) {
                recordUnderKey(submissionKey, task, error);
            }
        }).thenCompose(task -> {
            LOG.info("Seedance task {} submitted to {} ({})", task.id(), task.provider(), task.model());
            long submittedNanos = System.nanoTime(); // a long, not an Instant: held by every waiting exchange
            metrics.submitted(task);
            pass.created(task);
            TaskMessage.write(message, task);
            boolean follow = wait || keepForConsumer || endpoint.governor().followsTasks();
            if (!follow) {
                if (intent != null) {
                    intents.created(intent, task.id());
                }
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<VideoTask> outcome = endpoint.getComponent().tracker().track(task, endpoint.trackerKey(),
                    policy, keepForConsumer, RenderProfile.of(endpoint.trackerKey().provider(), request));
            outcome.whenComplete((done, error) -> {
                if (error == null) {
                    metrics.ended(done, Duration.ofNanos(System.nanoTime() - submittedNanos));
                    pass.ended(done);
                } else {
                    pass.lost();
                }
            });
            if (intent != null) {
                intents.created(intent, task.id());
            }
            return wait
                    ? outcome.thenCompose(done -> completed(message, done))
                    : CompletableFuture.<Void>completedFuture(null);
        });
    }

    /** Records the create's intent; when that fails, nothing is sent, so the key this exchange claimed is freed. */
    private CreateIntent intend(CreateIntents intents, VideoRequest request, TrackingPolicy policy,
            boolean keepForConsumer, String submissionKey) {
        try {
            return intents.intend(getEndpoint().trackerKey(), request.model(), policy, keepForConsumer, submissionKey);
        } catch (RuntimeException e) {
            if (submissionKey != null) {
                getEndpoint().getComponent().tracker().store().submissions().release(getEndpoint().trackerKey(),
                        submissionKey);
            }
            throw e;
        }
    }

    /** What the create under a key made: its task for the later claims; or the key freed (refused), or lost. */
    private void recordUnderKey(String submissionKey, VideoTask task, Throwable error) {
        SubmissionKeys keys = getEndpoint().getComponent().tracker().store().submissions();
        TrackerKey account = getEndpoint().trackerKey();
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        try {
            if (cause == null) {
                keys.created(account, submissionKey, task.id());
            } else if (cause instanceof SeedanceOutcomeUnknownException unknown) {
                // the key's later exchanges, here or at another instance, name what the client's search found
                keys.lost(account, submissionKey, unknown.finding(), unknown.candidateTaskIds());
            } else {
                keys.release(account, submissionKey);
            }
        } catch (RuntimeException e) {
            // the exchange still gets its task (or its error); the key stays claimed by this instance until it stops
            LOG.error("Could not record in the task store what the create under submission key {} made: {}",
                    submissionKey, e.getMessage());
        }
    }

    /** A task created before under the submission key: followed (or read) as if this exchange had created it. */
    private CompletableFuture<Void> adopt(Message message, String submissionKey, String taskId,
            TrackingPolicy policy) {
        SeedanceEndpoint endpoint = getEndpoint();
        LOG.info("Seedance submission key {} was sent before: adopting task {} instead of creating again",
                submissionKey, taskId);
        return endpoint.client().get(taskId).thenCompose(task -> {
            TaskMessage.write(message, task);
            if (!endpoint.getConfiguration().isWaitForCompletion()) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<VideoTask> outcome = task.isTerminal()
                    ? CompletableFuture.completedFuture(task)
                    : endpoint.getComponent().tracker().follow(task, endpoint.trackerKey(), policy);
            return outcome.thenCompose(done -> completed(message, done));
        });
    }

    /** The task ended and the exchange waited for it: its result, and its video as the download options ask. */
    private CompletableFuture<Void> completed(Message message, VideoTask done) {
        SeedanceConfiguration conf = getEndpoint().getConfiguration();
        finished(message, done, conf);
        return getEndpoint().download(message, done);
    }

    private static void finished(Message message, VideoTask task, SeedanceConfiguration conf) {
        TaskMessage.write(message, task);
        if (task.status() != TaskStatus.SUCCEEDED && conf.isFailOnTaskError()) {
            throw new SeedanceTaskFailedException(task);
        }
    }

    private CompletableFuture<Void> task(Exchange exchange) {
        return getEndpoint().client().get(MessageRequestReader.taskId(exchange))
                .thenAccept(task -> TaskMessage.write(exchange.getMessage(), task));
    }

    private CompletableFuture<Void> tasks(Message message) {
        SeedanceConfiguration conf = getEndpoint().getConfiguration();
        String status = message.getHeader(SeedanceConstants.STATUS_FILTER, conf.getStatusFilter(), String.class);
        String ids = message.getHeader(SeedanceConstants.TASK_IDS, conf.getTaskIds(), String.class);
        TaskQuery query = new TaskQuery(
                message.getHeader(SeedanceConstants.PAGE_NUM, conf.getPageNum(), Integer.class),
                message.getHeader(SeedanceConstants.PAGE_SIZE, conf.getPageSize(), Integer.class),
                status == null ? null : statusFilter(status),
                message.getHeader(SeedanceConstants.MODEL, conf.getModel(), String.class),
                ids == null ? List.of() : List.of(ids.split("\\s*,\\s*")),
                message.getHeader(SeedanceConstants.SERVICE_TIER, conf.getServiceTier(), String.class));
        return getEndpoint().client().list(query).thenAccept(page -> {
            message.setBody(page.items());
            message.setHeader(SeedanceConstants.TASK_TOTAL, page.total());
        });
    }

    private static TaskStatus statusFilter(String status) {
        try {
            return TaskStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SeedanceValidationException("statusFilter", "unknown status '" + status
                    + "' (queued, running, succeeded, failed, cancelled, expired)");
        }
    }

    private CompletableFuture<Void> cancel(Exchange exchange) {
        String id = MessageRequestReader.taskId(exchange);
        return getEndpoint().client().cancel(id).thenAccept(ignored -> {
            LOG.info("Seedance task {} cancelled", id);
            exchange.getMessage().setHeader(SeedanceConstants.TASK_ID, id);
        });
    }
}
