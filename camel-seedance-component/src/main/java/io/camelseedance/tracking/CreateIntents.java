package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.VideoTask;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.provider.ProviderFeatures.Feature;

/**
 * Keeps the creates that would be tracked from vanishing in a crash. Before a create is sent, its intent is stored
 * ({@link #intend}); when it answers, the intent gets the task's id ({@link #created}) or goes ({@link #failed}); a
 * restart settles every intent still without a task ({@link #settle}): where the provider can list tasks, the tasks
 * created around the intents' time that this store did not know are found and tracked; what cannot be matched is
 * reported as an unknown outcome ({@link #unknownOutcomes}), for a consumer to pass on, and logged. Nothing is sent
 * again. A create sent under a submission key settles its key too: the task found becomes the key's, for its next
 * exchange to adopt; else the key stays lost and keeps what the settling found ({@link SubmissionKeys#lost}).
 * <p>
 * With a {@link SharedTaskStore} an intent on the wire belongs to the live instance that sent it: an instance settles
 * only the intents it took over after their holder's lease ended ({@link SharedTaskStore#claimIntents}), when an
 * endpoint starts and again every lease ({@link #settleLapsed}), so that a surviving instance settles the creates of
 * one that died.
 * <p>
 * A settling whose store write failed is not lost with the write: the intents a round took up stay this object's
 * until their settling is written, and the next round ({@link #settleLapsed}, or a submission key's exchange) writes
 * again what was decided for them, or takes them up again where nothing was decided yet. Nothing is searched for
 * twice once decided (the task adopted is known by then, so a new search would miss it), and nothing is sent.
 */
public final class CreateIntents {

    private static final Logger LOG = LoggerFactory.getLogger(CreateIntents.class);
    /** How long an answered intent is kept, so that a restart knows the tasks made just before a crash. */
    static final Duration KEEP_ANSWERED = Duration.ofMinutes(10);
    /** Clocks and the provider's second-granular creation times: a task may look this much early or late. */
    static final Duration SKEW = Duration.ofSeconds(5);
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 10;

    private final TaskStore store;
    private final SharedTaskStore shared;
    private final TaskTracker tracker;
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    /** Each account's latest settling round here: a round begins once the one before it ended; guarded by this. */
    private final Map<TrackerKey, CompletableFuture<Void>> rounds = new HashMap<>();
    /** The clients of the accounts settled here, to settle the creates of instances that die later. */
    private final Map<TrackerKey, SeedanceClient> clients = new ConcurrentHashMap<>();
    /** The unanswered intents a round took up whose settling is not written yet, by id. */
    private final Map<String, CreateIntent> takenUp = new ConcurrentHashMap<>();
    /** What was decided for an intent of {@link #takenUp} whose writes failed: written again by the next round. */
    private final Map<String, Runnable> unwritten = new ConcurrentHashMap<>();

    public CreateIntents(TaskStore store, TaskTracker tracker) {
        this.store = store;
        this.shared = store instanceof SharedTaskStore s ? s : null;
        this.tracker = tracker;
    }

    /**
     * Records a create about to be sent; durable when this returns.
     *
     * @param submissionKey the key the create is sent under, or {@code null}
     */
    public CreateIntent intend(TrackerKey key, String model, TrackingPolicy policy, boolean keepOutcome,
            String submissionKey) {
        CreateIntent intent = new CreateIntent(UUID.randomUUID().toString(), key, model, Instant.now(), null,
                policy.deadline(), policy.pollDelay(), policy.pollMaxDelay(), keepOutcome, submissionKey);
        store.intents().put(intent.id(), intent);
        return intent;
    }

    /** The create answered with this task, which is now tracked. */
    public void created(CreateIntent intent, String taskId) {
        store.intents().put(intent.id(), intent.withTask(taskId));
    }

    /** The create failed, and the caller was told: nothing is left to settle. */
    public void failed(CreateIntent intent) {
        store.intents().remove(intent.id());
    }

    /** Forgets answered intents older than {@link #KEEP_ANSWERED}. */
    public void prune() {
        Instant before = Instant.now().minus(KEEP_ANSWERED);
        for (CreateIntent intent : store.intents().all()) {
            if (intent.resolved() && intent.submittedAt().isBefore(before)) {
                store.intents().remove(intent.id());
            }
        }
    }

    /**
     * Settles the intents of an endpoint that a previous run (or, with a shared store, an instance gone) left without
     * a task; call when the endpoint's client is registered with the tracker, and when a submission key is found lost
     * before its create was settled.
     *
     * @return completes when every intent is tracked or reported, those of a round already under way here included
     */
    public synchronized CompletableFuture<Void> settle(TrackerKey key, SeedanceClient client) {
        CompletableFuture<Void> previous = rounds.get(key);
        if (shared == null && previous != null && !hasUnsettled(key)) {
            return previous; // a local store's intents were all left by the previous run: settled once
        }
        clients.put(key, client);
        CompletableFuture<Void> round = previous == null
                ? round(key, client, true)
                : previous.handle((done, error) -> null).thenCompose(done -> round(key, client, false));
        rounds.put(key, round);
        return round;
    }

    private boolean hasUnsettled(TrackerKey key) {
        return takenUp.values().stream().anyMatch(i -> i.key().equals(key));
    }

    /** @param first whether this is the account's first round here: a local store's intents are taken up then only */
    private CompletableFuture<Void> round(TrackerKey key, SeedanceClient client, boolean first) {
        try {
            rewrite(key);
            // a shared store's unanswered intents are settled by the instance that took them over, once; a local
            // store's later ones are this run's own creates, on the wire now
            (shared != null ? shared.claimIntents(key) : first ? intentsOf(key) : List.<CreateIntent>of()).stream()
                    .filter(i -> !i.resolved() && !unknown.contains(i.id())).forEach(i -> takenUp.put(i.id(), i));
            List<CreateIntent> open = takenUp.values().stream()
                    .filter(i -> i.key().equals(key) && !unwritten.containsKey(i.id()))
                    .sorted(Comparator.comparing(CreateIntent::submittedAt)).toList();
            if (open.isEmpty()) {
                return CompletableFuture.completedFuture(null); // the usual case: read nothing more
            }
            return search(key, client, open);
        } catch (RuntimeException e) {
            // the store failed: what was taken up stays taken up, for the next round
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Writes again the settlings decided here whose writes failed; stops at the first that fails again. */
    private void rewrite(TrackerKey key) {
        for (CreateIntent intent : List.copyOf(takenUp.values())) {
            Runnable writes = unwritten.get(intent.id());
            if (writes != null && intent.key().equals(key)) {
                writes.run();
                done(intent);
            }
        }
    }

    /**
     * Writes what was decided for a taken-up intent; when a write fails, keeps the decision for the next round and
     * fails the round.
     */
    private void decided(CreateIntent intent, Runnable writes) {
        unwritten.put(intent.id(), writes);
        writes.run();
        done(intent);
    }

    private void done(CreateIntent intent) {
        unwritten.remove(intent.id());
        takenUp.remove(intent.id());
    }

    private CompletableFuture<Void> search(TrackerKey key, SeedanceClient client, List<CreateIntent> open) {
        List<CreateIntent> mine = intentsOf(key);
        LOG.warn(
                "{} Seedance create(s) to {} were on the wire when the application (or the instance that sent them) stopped: looking for their tasks",
                open.size(), client.provider());
        if (!client.features().has(Feature.LIST)) {
            open.forEach(i -> decided(i, () -> reportUnknown(i, client.provider() + " cannot list tasks to find it",
                    List.of())));
            return CompletableFuture.completedFuture(null);
        }
        Set<String> known = new HashSet<>();
        mine.stream().filter(CreateIntent::resolved).forEach(i -> known.add(i.taskId()));
        tracker.inFlight().forEach(t -> known.add(t.id()));
        store.inFlight().all().forEach(t -> known.add(t.id())); // with a shared store, every instance's
        tracker.pendingOutcomes(key).forEach(t -> known.add(t.id()));
        Instant from = open.get(0).submittedAt().minus(SKEW);
        Instant to = open.get(open.size() - 1).submittedAt().plus(SKEW);
        return candidates(client, 1, from, to, known, new ArrayList<>()).handle((found, error) -> {
            if (error != null) {
                open.forEach(i -> decided(i, () -> reportUnknown(i, "listing the provider's tasks failed: "
                        + error.getMessage(), List.of())));
                return null;
            }
            List<String> ids = found.stream().map(VideoTask::id).toList();
            // every intent's settling is decided before any is written: a failed write leaves the others' decisions
            Map<CreateIntent, Runnable> decisions = new LinkedHashMap<>();
            if (found.size() > open.size()) {
                // more unknown tasks than lost creates: another client uses the account; which are ours cannot be told
                open.forEach(i -> decisions.put(i, () -> reportUnknown(i, found.size() + " tasks unknown here were"
                        + " created meanwhile (" + String.join(", ", ids) + "), more than were lost", ids)));
            } else {
                for (int n = 0; n < open.size(); n++) {
                    CreateIntent intent = open.get(n);
                    if (open.size() > 1 && !found.isEmpty() && intent.submissionKey() != null) {
                        // creates sent together are matched by their times, which may cross: a key must never get
                        // another key's task (its video would be another's work)
                        decisions.put(intent, () -> reportUnknown(intent, open.size() + " creates cut off on the"
                                + " wire were settled together and the tasks unknown here created then ("
                                + String.join(", ", ids) + ") cannot be told apart", ids));
                    } else if (n < found.size()) {
                        VideoTask task = found.get(n);
                        decisions.put(intent, () -> adopt(intent, task));
                    } else {
                        decisions.put(intent, () -> reportUnknown(intent, "no task unknown here was created at that"
                                + " time: the create may not have reached the provider", List.of()));
                    }
                }
            }
            decisions.forEach((intent, writes) -> unwritten.put(intent.id(), writes));
            decisions.forEach(this::decided);
            return null;
        });
    }

    private List<CreateIntent> intentsOf(TrackerKey key) {
        return store.intents().all().stream().filter(i -> i.key().equals(key)).toList();
    }

    /**
     * With a shared store, settles again every account settled here: the creates of instances that died since are
     * taken over and settled. Call every lease or so.
     */
    public void settleLapsed() {
        clients.forEach((key, client) -> settle(key, client).whenComplete((done, error) -> {
            if (error != null) {
                LOG.warn("Could not settle the Seedance creates of an instance gone: {}", error.getMessage());
            }
        }));
    }

    /** Tasks created within [from, to] that are not known here, oldest first, reading page after page. */
    private CompletableFuture<List<VideoTask>> candidates(SeedanceClient client, int page, Instant from, Instant to,
            Set<String> known, List<VideoTask> found) {
        return client.list(new TaskQuery(page, PAGE_SIZE, null, null, List.of(), null)).thenCompose(listed -> {
            boolean older = false;
            for (VideoTask task : listed.items()) {
                Instant created = task.createdAt();
                if (created == null) {
                    continue;
                }
                older |= created.isBefore(from);
                if (!created.isBefore(from.minusSeconds(1)) && !created.isAfter(to.plusSeconds(1))
                        && !known.contains(task.id())) {
                    found.add(task);
                }
            }
            boolean more = listed.items().size() == PAGE_SIZE && !older && page < MAX_PAGES;
            if (more) {
                return candidates(client, page + 1, from, to, known, found);
            }
            found.sort(Comparator.comparing(VideoTask::createdAt));
            return CompletableFuture.completedFuture(found);
        });
    }

    private void adopt(CreateIntent intent, VideoTask task) {
        LOG.warn("Seedance task {} was created while the application (or the instance that sent it) stopped: it is"
                + " {} now", task.id(), intent.keepOutcome() ? "tracked" : "the task of its submission key");
        if (intent.keepOutcome()) {
            tracker.track(task, intent.key(), intent.policy(), true);
        }
        if (intent.submissionKey() != null) {
            store.submissions().created(intent.key(), intent.submissionKey(), task.id());
        }
        created(intent, task.id());
    }

    /**
     * Tells a consumer that keeps outcomes, and the submission key's next exchange, that the create's outcome is
     * unknown; an intent nobody is to be told of goes at once.
     */
    private void reportUnknown(CreateIntent intent, String why, List<String> candidates) {
        LOG.warn("A Seedance create of {} sent at {} was on the wire when the application stopped; its outcome is"
                + " unknown ({}). It may have been created and billed; it was not re-sent", intent.model(),
                intent.submittedAt(), why);
        if (intent.submissionKey() != null) {
            store.submissions().lost(intent.key(), intent.submissionKey(), why, candidates);
        }
        if (intent.keepOutcome()) {
            unknown.add(intent.id());
        } else {
            store.intents().remove(intent.id());
        }
    }

    /**
     * The creates of {@code key}'s account whose outcome could not be settled, each as the error a consumer reports;
     * they stay until {@link #reported(String)}.
     */
    public Collection<Unknown> unknownOutcomes(TrackerKey key) {
        return store.intents().all().stream().filter(i -> unknown.contains(i.id()) && i.key().equals(key))
                .map(i -> new Unknown(i, new SeedanceOutcomeUnknownException(i.key().provider(),
                        "a create of " + i.model() + " sent at " + i.submittedAt() + " was on the wire when the"
                                + " application stopped, and no task could be matched to it",
                        null)))
                .toList();
    }

    /** A consumer passed the unknown outcome on. */
    public void reported(String intentId) {
        unknown.remove(intentId);
        store.intents().remove(intentId);
    }

    /** An intent whose outcome is unknown, and the error that says so. */
    public record Unknown(CreateIntent intent, SeedanceOutcomeUnknownException error) {
    }
}
