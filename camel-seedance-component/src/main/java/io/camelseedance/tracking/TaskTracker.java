package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceException;
import io.camelseedance.api.SeedanceTimeoutException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.client.SeedanceClient;

/**
 * Follows every in-flight task to its outcome without a thread per task. One small scheduler ticks, picks the tasks
 * whose next poll is due, and polls them in batches where the provider allows (one call for many tasks), else one GET
 * each, all asynchronously. The delay between polls of a task starts short and grows. A task is never awaited past
 * its deadline: each has a timer of its own on the scheduler, so the deadline holds whatever the tick or the poll
 * delays are.
 * <p>
 * Tasks are kept apart by {@link TrackerKey}: each key's tasks are polled with that key's client only, and its
 * outcomes are emitted by consumers of the same key only. Waiters continue on the completion executor (the
 * component's workers), never on the scheduler, so a slow route cannot hold up the ticks or the other deadlines.
 * <p>
 * Callbacks feed the same tracker ({@link #offer(VideoTask)}), so whichever path learns the outcome first completes
 * the task's waiters, exactly once. Outcomes are kept in the {@link TaskStore} until a consumer has emitted them.
 * <p>
 * A write the store refuses (its database is down) is kept and tried again on every sync, so no task is dropped;
 * until the store accepts writes again, {@link #storeProblem()} says why. With a {@link SharedTaskStore} the tracker
 * follows only the tasks this instance holds, and on every sync renews its leases, takes over the tasks no instance
 * holds, and finishes those whose outcome another instance recorded. The provider is read for them by one instance
 * per account ({@link SharedReads}): the reader also reads the tasks other instances hold, in the same batches as its
 * own, and records their outcomes for their holders.
 */
public final class TaskTracker {

    private static final Logger LOG = LoggerFactory.getLogger(TaskTracker.class);
    private static final int MAX_BATCH = 100;
    private static final Duration ROUND_SLACK = Duration.ofMillis(5);
    private static final Duration PROGRESS_LOG_INTERVAL = Duration.ofSeconds(30);

    /** Tasks taken over from a shared store per sync. */
    private static final int MAX_CLAIM = 200;
    static final Duration DEFAULT_SYNC_INTERVAL = Duration.ofMillis(500);

    private final TaskStore store;
    private final SharedTaskStore shared;
    private final ScheduledExecutorService scheduler;
    private final Duration tick;
    private final Executor completions;
    private final ScheduledExecutorService storeThread;
    private final Duration syncInterval;
    private final Map<TrackerKey, SeedanceClient> clients = new ConcurrentHashMap<>();
    private final Map<String, Entry> inFlight = new ConcurrentHashMap<>();
    /** Tasks other instances hold, read here for them: this instance is their account's reader. */
    private final Map<String, Entry> readForOthers = new ConcurrentHashMap<>();
    private final SharedReads reads;
    /** The instants (epoch millis) a wake-up is armed for: tasks due in the same round share one. */
    private final Set<Long> wakeUps = ConcurrentHashMap.newKeySet();
    /**
     * Held while the due tasks are picked for reading and while an answered batch is handed back, so that neither sees
     * half of the other.
     */
    private final Object dueLock = new Object();
    private final TypicalRenderTimes typicalRenderTimes = new TypicalRenderTimes(ModelCatalog.defaultCatalog());
    /** Render times of the tasks seen to succeed here: when not to read a task yet (see {@link PollSchedule}). */
    private final LearnedRenderTimes learnedRenderTimes = new LearnedRenderTimes();
    /** Writes the store refused, by task: tried again on every sync. */
    private final Map<String, Runnable> backlog = new ConcurrentHashMap<>();
    private volatile String storeProblem;
    /** What {@link #pollCounts()} reports. */
    private final LongAdder calls = new LongAdder();
    private final LongAdder idsAsked = new LongAdder();
    private final LongAdder partialCalls = new LongAdder();
    private final LongAdder slowAnswers = new LongAdder();
    private volatile Instant nextRenew = Instant.EPOCH;
    private volatile ScheduledFuture<?> ticker;
    private volatile ScheduledFuture<?> syncer;

    /** One task in flight and the one future its waiters share. */
    private static final class Entry {
        /** As stored; replaced once when a task followed unstored is taken over from a shared store. */
        volatile TrackedTask tracked;
        /** What the task's render time is learned and looked up by; {@code null} for a task not submitted here. */
        volatile RenderProfile profile;
        /** Whether another instance holds the task: read here for it, its outcome recorded for it. */
        final boolean forOthers;
        final CompletableFuture<VideoTask> outcome = new CompletableFuture<>();
        volatile TaskStatus status = TaskStatus.QUEUED;
        volatile Integer progress;
        /** When the task will likely end and how far it has come, as last estimated; {@code null} if unknown. */
        volatile TaskProgress estimate;
        volatile Duration delay;
        volatile Instant nextPoll;
        volatile boolean polling;
        volatile Instant lastLog = Instant.EPOCH;
        volatile ScheduledFuture<?> deadlineTimer;
        /** Whether the store has the task in flight; guarded by the entry. */
        boolean stored;
        /** Whether the task has ended here; guarded by the entry. */
        boolean finished;
        /**
         * Whether another instance took the stored task over while this one still follows it (it stalled for a lease):
         * read here again, as the reader's outcome goes to the new holder.
         */
        volatile boolean takenOver;

        Entry(TrackedTask tracked, Instant now) {
            this(tracked, now, false);
        }

        Entry(TrackedTask tracked, Instant now, boolean forOthers) {
            this.tracked = tracked;
            this.forOthers = forOthers;
            this.delay = tracked.pollDelay();
            this.nextPoll = PollSchedule.nextLook(now, now, tracked.pollDelay(), tracked.pollDelay(), null, null);
        }
    }

    /**
     * @param store     where in-flight tasks and outcomes are kept
     * @param scheduler the thread that ticks; also used by nothing else that blocks
     * @param tick        how often due polls are looked for
     * @param completions where the waiters of a task continue once it has ended or timed out
     */
    public TaskTracker(TaskStore store, ScheduledExecutorService scheduler, Duration tick, Executor completions) {
        this(store, scheduler, tick, completions, scheduler, DEFAULT_SYNC_INTERVAL);
    }

    /**
     * @param storeThread  the thread that syncs with the store, so that a slow store never delays a poll
     * @param syncInterval how often the store is synced: how soon an outcome recorded by another instance is seen
     */
    public TaskTracker(TaskStore store, ScheduledExecutorService scheduler, Duration tick, Executor completions,
            ScheduledExecutorService storeThread, Duration syncInterval) {
        this.store = store;
        this.shared = store instanceof SharedTaskStore s ? s : null;
        this.scheduler = scheduler;
        this.tick = tick;
        this.completions = completions;
        this.storeThread = storeThread;
        this.syncInterval = syncInterval;
        this.reads = shared != null
                ? new SharedReads(shared, readingLease(shared.lease(), syncInterval), shared.lease().dividedBy(3))
                : null;
    }

    /**
     * How long a reader keeps the reading unrenewed: how long the others' tasks go unread when it dies. A third of the
     * task lease (10 s by default), and at least 4 syncs: at 2 s, the syncs of a reader held up by its own creates on a
     * loaded machine passed it on, and both read for a round or two (a benchmark run lost 12 calls in 72 so).
     */
    private static Duration readingLease(Duration taskLease, Duration syncInterval) {
        Duration third = taskLease.dividedBy(3);
        Duration syncs = syncInterval.multipliedBy(4);
        return third.compareTo(syncs) > 0 ? third : syncs;
    }

    public synchronized void start() {
        if (ticker == null) {
            ticker = scheduler.scheduleWithFixedDelay(this::pollDue, tick.toMillis(), tick.toMillis(),
                    TimeUnit.MILLISECONDS);
            syncer = storeThread.scheduleWithFixedDelay(this::sync, 0, syncInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Stops polling. Waiters fail; the tasks stay in the store, to be resumed by the next start. */
    public synchronized void stop() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
            syncer.cancel(false);
            syncer = null;
        }
        if (shared != null) {
            try {
                shared.release();
            } catch (RuntimeException e) {
                LOG.warn("Could not release the tasks of {}; others take them over when the lease ends: {}",
                        shared.instanceId(), e.getMessage());
            }
        }
        if (!backlog.isEmpty()) {
            LOG.error("Stopped with {} write(s) the Seedance task store refused: {}", backlog.size(),
                    backlog.keySet());
        }
        clients.clear();
        inFlight.values().forEach(e -> {
            cancelDeadline(e);
            e.outcome.completeExceptionally(
                    new SeedanceException("Stopped while waiting for Seedance task " + e.tracked.id()));
        });
        inFlight.clear();
        readForOthers.clear();
    }

    /**
     * Makes a client available for polling the tasks of its key (and of no other), and resumes polling the stored
     * tasks that belong to it (those of a previous run).
     */
    public void register(TrackerKey key, SeedanceClient client) {
        if (clients.put(key, client) == null && shared != null && ticker != null) {
            // a sync now, not in up to 500 ms: the account's reader must be known before the first look at its tasks
            storeThread.execute(this::sync);
        }
        if (shared != null) {
            return; // a shared store hands this instance its tasks on the next sync
        }
        Instant now = Instant.now();
        for (TrackedTask stored : store.inFlight().all()) {
            if (stored.key().equals(key) && !inFlight.containsKey(stored.id())) {
                Entry entry = new Entry(stored, now);
                entry.nextPoll = now;
                entry.stored = true;
                if (inFlight.putIfAbsent(stored.id(), entry) == null) {
                    armDeadline(entry, now);
                    LOG.info("Resuming Seedance task {} submitted {}", stored.id(), stored.submittedAt());
                }
            }
        }
    }

    /**
     * Follows a task just submitted. The future completes, on the completion executor, with the task in its
     * terminal state, or fails with {@link SeedanceTimeoutException} at the policy's deadline. Tracking a task
     * already tracked joins its waiters.
     *
     * @param key         whose task it is: only this key's client polls it, only this key's consumers emit it
     * @param keepOutcome whether to keep the outcome until a consumer has emitted it
     */
    public CompletableFuture<VideoTask> track(VideoTask submitted, TrackerKey key, TrackingPolicy policy,
            boolean keepOutcome) {
        return follow(submitted, key, policy, keepOutcome, true, null);
    }

    /**
     * Follows a task just submitted, like {@link #track(VideoTask, TrackerKey, TrackingPolicy, boolean)}, and learns
     * from it, once it has succeeded, how long renders of its profile take; once enough have, a task of the profile
     * is not read before the early part of them ({@link PollSchedule#firstLook}).
     */
    public CompletableFuture<VideoTask> track(VideoTask submitted, TrackerKey key, TrackingPolicy policy,
            boolean keepOutcome, RenderProfile profile) {
        return follow(submitted, key, policy, keepOutcome, true, profile);
    }

    /**
     * Follows a task that another exchange or instance created (a submission key adopted it), to its outcome, like
     * {@link #track}, but keeps nothing in the store: its creator's record is the one kept, and emitted. Joins the
     * waiters of the task when it is tracked here already.
     */
    public CompletableFuture<VideoTask> follow(VideoTask created, TrackerKey key, TrackingPolicy policy) {
        return follow(created, key, policy, false, false, null);
    }

    private CompletableFuture<VideoTask> follow(VideoTask submitted, TrackerKey key, TrackingPolicy policy,
            boolean keepOutcome, boolean stored, RenderProfile profile) {
        Instant now = Instant.now();
        TrackedTask tracked = new TrackedTask(submitted.id(), key, now, policy.deadline(), policy.pollDelay(),
                policy.pollMaxDelay(), keepOutcome);
        Entry fresh = new Entry(tracked, now);
        fresh.profile = profile;
        learnedRenderTimes.of(profile).ifPresent(learned -> fresh.nextPoll = PollSchedule.firstLook(now,
                policy.pollDelay(), learned.early()));
        Entry entry = inFlight.computeIfAbsent(submitted.id(), id -> fresh);
        if (entry == fresh) {
            if (stored) {
                save(fresh);
            }
            // armed once it is in the map: a deadline already past must find it there to end it
            armDeadline(fresh, now);
            wakeAt(fresh.nextPoll);
        }
        return waiter(entry);
    }

    /** Puts a task just submitted in the store; if the store refuses, keeps trying, the task being polled anyway. */
    private void save(Entry entry) {
        Runnable write = () -> {
            synchronized (entry) {
                if (!entry.finished && !entry.stored) {
                    store.inFlight().put(entry.tracked.id(), entry.tracked);
                    entry.stored = true;
                }
            }
        };
        writeOrKeep(entry.tracked.id(), write, "store");
    }

    /** Runs a store write; one the store refuses is kept for the next sync, replacing any earlier one of the task. */
    private void writeOrKeep(String taskId, Runnable write, String what) {
        try {
            write.run();
            backlog.remove(taskId);
        } catch (RuntimeException e) {
            backlog.put(taskId, write);
            storeFailed(e);
            LOG.error("The Seedance task store refused to {} task {}; trying again until it accepts: {}", what,
                    taskId, e.getMessage());
        }
    }

    private void storeFailed(RuntimeException e) {
        if (storeProblem == null) {
            LOG.warn("The Seedance task store is unavailable: {}", e.getMessage());
        }
        storeProblem = e.getMessage();
    }

    /**
     * Why the store is not accepting writes, or {@code null} when it is: no create should be sent while it is not,
     * since its task could not be recorded.
     */
    public String storeProblem() {
        return storeProblem;
    }

    /** Where in-flight tasks and outcomes are kept. */
    public TaskStore store() {
        return store;
    }

    /** The waiters' future of a task in flight, or {@code null} if it is not tracked. */
    public CompletableFuture<VideoTask> outcomeOf(String taskId) {
        Entry entry = inFlight.get(taskId);
        return entry == null ? null : waiter(entry);
    }

    /** The client of the account a task in flight belongs to, to read it with that account's key. */
    public Optional<SeedanceClient> clientOf(String taskId) {
        Entry entry = inFlight.get(taskId);
        return entry == null ? Optional.empty() : Optional.ofNullable(clients.get(entry.tracked.key()));
    }

    /** A future of the outcome that continues on the completion executor, whichever thread learnt the outcome. */
    private CompletableFuture<VideoTask> waiter(Entry entry) {
        return entry.outcome.whenCompleteAsync((task, error) -> {
        }, completions);
    }

    /**
     * News of a task from elsewhere (a callback, a fetch). A terminal task completes its waiters, if nobody has yet.
     *
     * @return whether the task is (or just was) tracked here
     */
    public boolean offer(VideoTask update) {
        Entry entry = inFlight.get(update.id());
        if (entry != null) {
            observe(entry, update);
            return true;
        }
        if (shared != null && update.isTerminal()) {
            // held by another instance: its holder finishes it on its next sync, completing its waiters there
            try {
                readForOthers.remove(update.id());
                return shared.settle(update);
            } catch (RuntimeException e) {
                storeFailed(e);
                LOG.warn("Could not record the outcome of Seedance task {} for the instance that holds it: {}",
                        update.id(), e.getMessage());
            }
        }
        return false;
    }

    /** What is in flight now, oldest first: for the dev console. Holds no API key (only its fingerprint) and no request. */
    public List<InFlightTask> inFlight() {
        return inFlight.values().stream()
                .map(e -> new InFlightTask(e.tracked.id(), e.tracked.key(), e.status, e.progress, e.estimate,
                        e.tracked.submittedAt(), e.tracked.deadline()))
                .sorted(java.util.Comparator.comparing(InFlightTask::submittedAt)).toList();
    }

    /**
     * A task in flight as the tracker knows it.
     *
     * @param progress the provider's percentage, {@code null} where it gives none
     * @param estimate how far it has come and when it will likely end, {@code null} when nothing is known
     */
    public record InFlightTask(String id, TrackerKey key, TaskStatus status, Integer progress, TaskProgress estimate,
            Instant submittedAt, Instant deadline) {
    }

    /** The render times learned of each profile: for the dev console. */
    public List<LearnedRenderTimes.ProfileFigures> learnedRenderTimes() {
        return learnedRenderTimes.all();
    }

    public int inFlightCount() {
        return inFlight.size();
    }

    /** How many outcomes no consumer has emitted yet, of every key. */
    public int pendingOutcomeCount() {
        return store.outcomes().all().size();
    }

    /** The outcomes of {@code key}'s tasks that no consumer has emitted yet. */
    public List<VideoTask> pendingOutcomes(TrackerKey key) {
        return store.outcomes().all().stream().filter(o -> o.key().equals(key)).map(TrackedOutcome::task).toList();
    }

    /** A consumer emitted the outcome and its exchange completed: it is not offered again. */
    public void outcomeEmitted(String taskId) {
        store.outcomes().remove(taskId);
    }

    /**
     * Wakes the poller at a round's instant, so that a task due then is read then and not up to a tick later; the tasks
     * of one round share one wake-up. The periodic tick stays, for tasks resumed or taken over.
     */
    private void wakeAt(Instant when) {
        long millis = when.toEpochMilli();
        if (wakeUps.add(millis)) {
            long wait = Math.max(0, millis - System.currentTimeMillis());
            scheduler.schedule(() -> {
                wakeUps.remove(millis);
                pollDue();
            }, wait, TimeUnit.MILLISECONDS);
        }
    }

    private void pollDue() {
        try {
            Instant now = Instant.now();
            // a wake-up may fire a millisecond before its round by another clock; its tasks are due all the same
            Instant horizon = now.plus(ROUND_SLACK);
            Map<TrackerKey, List<Entry>> due = new LinkedHashMap<>();
            Set<Instant> readElsewhereUntil = new HashSet<>();
            synchronized (dueLock) {
                for (Map<String, Entry> tasks : List.of(inFlight, readForOthers)) {
                    for (Entry entry : tasks.values()) {
                        // a task past its deadline is its timer's to end, not worth one more poll
                        if (!entry.polling && !horizon.isBefore(entry.nextPoll)
                                && now.isBefore(entry.tracked.deadline()) && clients.containsKey(entry.tracked.key())) {
                            if (!readHere(entry)) {
                                // kept on the rounds: should the reading pass to this instance (its reader stopped),
                                // the task is read with the others of its round, not at once in a batch of its own
                                entry.nextPoll = PollSchedule.roundAtOrAfter(horizon.plusMillis(1), entry.delay);
                                readElsewhereUntil.add(entry.nextPoll);
                            } else {
                                entry.polling = true;
                                due.computeIfAbsent(entry.tracked.key(), k -> new ArrayList<>()).add(entry);
                            }
                        }
                    }
                }
            }
            readElsewhereUntil.forEach(this::wakeAt);
            due.forEach((key, entries) -> {
                for (int i = 0; i < entries.size(); i += MAX_BATCH) {
                    poll(clients.get(key), entries.subList(i, Math.min(i + MAX_BATCH, entries.size())));
                }
            });
        } catch (RuntimeException e) {
            // a tick that throws would silently end all future ticks
            LOG.warn("Seedance task polling failed: {}", e.toString());
        }
    }

    private void poll(SeedanceClient client, List<Entry> batch) {
        List<String> ids = batch.stream().map(e -> e.tracked.id()).toList();
        count(batch);
        Instant sent = Instant.now();
        Duration delay = batch.get(0).delay;
        client.getMany(ids).whenComplete((tasks, error) -> {
            Map<String, VideoTask> byId = tasks == null
                    ? Map.of()
                    : tasks.stream().collect(Collectors.toMap(VideoTask::id, t -> t, (a, b) -> b));
            Duration retryAfter = error != null ? retryAfter(error) : null;
            // one instant for the whole batch: its tasks stay on the same round, and so in one batch
            Instant answered = Instant.now();
            if (answered.isAfter(sent.plus(delay))) {
                slowAnswers.increment();
            }
            if (error != null) {
                LOG.warn("Polling {} Seedance task(s) failed: {}", ids.size(), rootMessage(error));
            }
            // the ended tasks first: their exchanges continue without waiting for the rest of the batch
            List<VideoTask> endedForOthers = new ArrayList<>();
            for (Entry entry : batch) {
                VideoTask task = byId.get(entry.tracked.id());
                if (task != null && task.isTerminal()) {
                    if (entry.forOthers) {
                        endedForOthers.add(task);
                    } else {
                        observeSafely(entry, task);
                    }
                }
            }
            recordForHolders(endedForOthers);
            List<Entry> running = new ArrayList<>(batch.size());
            for (Entry entry : batch) {
                if ((entry.forOthers ? readForOthers : inFlight).get(entry.tracked.id()) == entry) {
                    running.add(entry);
                }
            }
            Set<Instant> nextLooks = new HashSet<>();
            for (Entry entry : running) {
                VideoTask task = byId.get(entry.tracked.id());
                if (task != null && !task.isTerminal()) {
                    observeSafely(entry, task);
                }
                nextLooks.add(scheduleNext(entry, retryAfter, answered));
            }
            // the batch is handed back whole, and only then are its wake-ups armed: an answer that comes as the next
            // round starts would otherwise be split by that round's wake-up (or a tick) into small batches, and a
            // wake-up already due must find them all
            synchronized (dueLock) {
                running.forEach(entry -> entry.polling = false);
            }
            nextLooks.forEach(this::wakeAt);
        });
    }

    /**
     * Whether another instance reads this stored task for this one. A task the store does not have (it refused the
     * write, or the task is followed for its creator) is read here.
     */
    private boolean readElsewhere(Entry entry) {
        return reads != null && entry.stored && !entry.takenOver && reads.readElsewhere(entry.tracked.key());
    }

    /** Whether this instance is to read the task now: its own unless another reads it, another's while it reads. */
    private boolean readHere(Entry entry) {
        return entry.forOthers ? reads.readsHere(entry.tracked.key()) : !readElsewhere(entry);
    }

    /**
     * Records the outcomes of tasks read for their holders, which finish them on their next sync. If the store refuses,
     * they stay to be read, and recorded, again next round.
     */
    private void recordForHolders(List<VideoTask> ended) {
        if (ended.isEmpty()) {
            return;
        }
        try {
            shared.settle(ended);
            ended.forEach(task -> readForOthers.remove(task.id()));
        } catch (RuntimeException e) {
            storeFailed(e);
            LOG.warn("Could not record the outcome of {} Seedance task(s) for the instances that hold them: {}",
                    ended.size(), e.getMessage());
        }
    }

    private void observeSafely(Entry entry, VideoTask task) {
        try {
            observe(entry, task);
        } catch (RuntimeException e) {
            LOG.warn("Could not record the state of Seedance task {}: {}", entry.tracked.id(), e.toString());
        }
    }

    private void count(List<Entry> batch) {
        calls.increment();
        idsAsked.add(batch.size());
        if (batch.size() < MAX_BATCH) {
            partialCalls.increment();
        }
    }

    /** What this tracker has asked the provider since it was made, to see what the batches cost. */
    public PollCounts pollCounts() {
        return new PollCounts(calls.sum(), idsAsked.sum(), partialCalls.sum(), slowAnswers.sum());
    }

    private void observe(Entry entry, VideoTask task) {
        if (task.isTerminal()) {
            finish(entry, task);
            return;
        }
        Instant now = Instant.now();
        Duration learned = learnedRenderTimes.of(entry.profile).map(LearnedRenderTimes.Learned::median).orElse(null);
        TaskProgress estimate = TaskProgress.estimate(task, entry.tracked.submittedAt(), now, typicalRenderTimes,
                learned).orElse(null);
        entry.estimate = estimate;
        boolean statusChanged = task.status() != entry.status && task.status() != TaskStatus.UNKNOWN;
        boolean progressDue = estimate != null && now.isAfter(entry.lastLog.plus(PROGRESS_LOG_INTERVAL));
        if (statusChanged || progressDue) {
            LOG.info("Seedance task {} is {}{} after {} s", task.id(), task.status(),
                    estimate != null ? " (" + estimate.describe(now) + ")" : "",
                    Duration.between(entry.tracked.submittedAt(), now).toSeconds());
            entry.lastLog = now;
        }
        if (task.status() != TaskStatus.UNKNOWN) {
            entry.status = task.status();
        }
        entry.progress = task.progress();
    }

    private void finish(Entry entry, VideoTask task) {
        if (!inFlight.remove(task.id(), entry)) {
            return; // the other path (poll or callback) got here first
        }
        cancelDeadline(entry);
        learnRenderTime(entry, task);
        // the waiters learn the outcome now, whether or not the store takes it at once
        writeOrKeep(task.id(), () -> {
            synchronized (entry) {
                entry.finished = true;
                if (entry.stored) {
                    store.finish(entry.tracked, task);
                    entry.stored = false;
                } else if (entry.tracked.keepOutcome()) {
                    store.outcomes().put(task.id(), new TrackedOutcome(entry.tracked.key(), task));
                }
            }
        }, "keep the outcome of");
        LOG.info("Seedance task {} {} after {} s", task.id(), task.status(),
                Duration.between(entry.tracked.submittedAt(), Instant.now()).toSeconds());
        entry.outcome.complete(task);
    }

    /**
     * Counts the render time of a task submitted here that succeeded: from its submission to when its end was learnt
     * (up to a poll delay late), or the provider's own figure (its last update less its creation) when that is
     * shorter. The shorter one errs on the early side, where a first look too soon costs a read and not a late end.
     */
    private void learnRenderTime(Entry entry, VideoTask task) {
        if (entry.profile == null || task.status() != TaskStatus.SUCCEEDED) {
            return;
        }
        Duration seen = Duration.between(entry.tracked.submittedAt(), Instant.now());
        if (task.createdAt() != null && task.updatedAt() != null) {
            Duration reported = Duration.between(task.createdAt(), task.updatedAt());
            if (!reported.isNegative() && reported.compareTo(seen) < 0) {
                seen = reported;
            }
        }
        learnedRenderTimes.record(entry.profile, seen);
    }

    /** Ends the wait at the deadline, exactly then: a timer per task, not the next tick or poll. */
    private void armDeadline(Entry entry, Instant now) {
        long millis = Math.max(0, Duration.between(now, entry.tracked.deadline()).toMillis());
        entry.deadlineTimer = scheduler.schedule(() -> expire(entry, Instant.now()), millis, TimeUnit.MILLISECONDS);
    }

    private static void cancelDeadline(Entry entry) {
        ScheduledFuture<?> timer = entry.deadlineTimer;
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void expire(Entry entry, Instant now) {
        if (inFlight.remove(entry.tracked.id(), entry)) {
            writeOrKeep(entry.tracked.id(), () -> {
                synchronized (entry) {
                    entry.finished = true;
                    if (entry.stored) {
                        store.inFlight().remove(entry.tracked.id());
                        entry.stored = false;
                    }
                }
            }, "forget");
            entry.outcome.completeExceptionally(new SeedanceTimeoutException(entry.tracked.id(), entry.status,
                    Duration.between(entry.tracked.submittedAt(), now)));
        }
    }

    /**
     * Writes what the store refused before; with a shared store, renews this instance's leases, finishes the tasks
     * whose outcome another instance recorded, and takes over the tasks nobody holds.
     */
    private void sync() {
        try {
            for (Map.Entry<String, Runnable> write : backlog.entrySet()) {
                write.getValue().run();
                backlog.remove(write.getKey(), write.getValue());
            }
            if (shared != null) {
                syncShared();
            }
            if (storeProblem != null && backlog.isEmpty()) {
                storeProblem = null;
                LOG.info("The Seedance task store is available again");
            }
        } catch (RuntimeException e) {
            // a sync that throws would silently end all future syncs
            storeFailed(e);
            if (reads != null) {
                // nobody may count on a reader now: each instance reads what it holds until the store answers
                reads.lost();
                readForOthers.clear();
            }
        }
    }

    private void syncShared() {
        Instant now = Instant.now();
        if (!now.isBefore(nextRenew)) {
            List<Entry> stored = inFlight.values().stream().filter(e -> e.stored && !e.takenOver).toList();
            if (shared.renew() < stored.size()) {
                noticeTakenOver(stored);
            }
            nextRenew = now.plus(shared.lease().dividedBy(3));
        }
        shared.settledHere().forEach(this::adopt);
        if (!clients.isEmpty()) {
            shared.claim(Set.copyOf(clients.keySet()), MAX_CLAIM).forEach(this::adopt);
            readForOthers(reads.sync(Set.copyOf(clients.keySet()), now), now);
        }
    }

    /** Reads again here the tasks another instance took over: their waiters are here. */
    private void noticeTakenOver(List<Entry> stored) {
        Set<String> held = shared.stillHeld(stored.stream().map(e -> e.tracked.id()).toList());
        for (Entry entry : stored) {
            if (!held.contains(entry.tracked.id()) && inFlight.get(entry.tracked.id()) == entry) {
                entry.takenOver = true;
                LOG.warn("Seedance task {} was taken over by another instance (this one stalled for a lease);"
                        + " reading it here too for the exchanges waiting here", entry.tracked.id());
            }
        }
    }

    /**
     * Follows the tasks held elsewhere that this instance reads for their holders, on the rounds their holders would
     * have read them on; forgets those of accounts it no longer reads and, after a complete look, those that ended
     * elsewhere (a callback at their holder, their deadline).
     */
    private void readForOthers(SharedReads.Found found, Instant now) {
        Set<String> held = new HashSet<>();
        for (TrackedTask tracked : found.tasks()) {
            held.add(tracked.id());
            if (inFlight.containsKey(tracked.id()) || readForOthers.containsKey(tracked.id())) {
                continue;
            }
            Entry entry = new Entry(tracked, tracked.submittedAt(), true);
            if (entry.nextPoll.isBefore(now)) {
                entry.nextPoll = PollSchedule.roundAtOrAfter(now, tracked.pollDelay());
            }
            readForOthers.put(tracked.id(), entry);
            wakeAt(entry.nextPoll);
        }
        readForOthers.values().removeIf(
                e -> !reads.readsHere(e.tracked.key()) || found.complete() && !held.contains(e.tracked.id()));
    }

    /** Follows a task this instance holds now, and finishes it at once if another instance knew its outcome. */
    private void adopt(SharedTaskStore.Claimed claimed) {
        TrackedTask tracked = claimed.task();
        readForOthers.remove(tracked.id());
        Instant now = Instant.now();
        Entry fresh = new Entry(tracked, now);
        fresh.nextPoll = now;
        fresh.stored = true;
        Entry entry = inFlight.putIfAbsent(tracked.id(), fresh);
        if (entry == null) {
            entry = fresh;
            armDeadline(fresh, now);
            if (claimed.outcome() == null) {
                LOG.info("Taking over Seedance task {} submitted {}", tracked.id(), tracked.submittedAt());
            }
        } else {
            synchronized (entry) {
                if (!entry.stored && !entry.finished) {
                    // followed here unstored (adopted by a submission key): now this instance holds its row, so
                    // finishing it must end that row and keep its outcome as its creator asked
                    entry.tracked = tracked;
                    entry.stored = true;
                }
            }
        }
        if (claimed.outcome() != null) {
            observe(entry, claimed.outcome());
        }
    }

    /** Plans the task's next look from its expected end (see {@link PollSchedule}); returns when it is. */
    private Instant scheduleNext(Entry entry, Duration retryAfter, Instant now) {
        TrackedTask tracked = entry.tracked;
        Instant expectedEnd = entry.estimate != null ? entry.estimate.expectedEnd() : null;
        entry.delay = PollSchedule.nextDelay(entry.delay, tracked.pollDelay(), tracked.pollMaxDelay(), expectedEnd,
                now);
        // the look just answered was due at entry.nextPoll: the next counts from there
        entry.nextPoll = PollSchedule.nextLook(entry.nextPoll, now, entry.delay, tracked.pollDelay(), expectedEnd,
                retryAfter != null ? now.plus(retryAfter) : null);
        return entry.nextPoll;
    }

    private static Duration retryAfter(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return cause instanceof SeedanceApiException api ? api.retryAfter() : null;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return cause.getMessage();
    }
}
