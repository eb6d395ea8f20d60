package io.camelseedance.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.TaskPage;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;

/**
 * Settles a create whose answer was lost by looking for its task in the provider's list: the tasks of the request's
 * model created since the create was sent, that echo nothing contradicting the request ({@link RequestEcho}) and that
 * no other submission has claimed ({@link TaskClaims}). Exactly one such task is adopted, unless another lost create
 * being settled now could own it too or it was already offered to one as a candidate: adopting the wrong one would
 * leave two submissions with one video and a paid task with none, so then, as when several match, the candidates are
 * reported and none is adopted. When none matches, the list is searched once more after the settle delay, and then
 * the create is either re-sent once (when the policy allows) or reported.
 */
final class LostCreateSearch {

    private static final Logger LOG = LoggerFactory.getLogger(LostCreateSearch.class);
    private static final int PAGE_SIZE = 500; // Ark's largest page
    private static final int MAX_PAGES = 4;

    private final String provider;
    private final Function<TaskQuery, CompletableFuture<TaskPage>> list;
    private final TaskClaims claims;
    private final ReconcilePolicy policy;
    private final Function<Duration, Executor> after;
    private final Supplier<CompletableFuture<Void>> othersAnswered;

    /**
     * @param list           the provider's task list
     * @param after          an executor that runs what it is given after the delay, on no waiting thread
     * @param othersAnswered completes when the creates in flight now have their answer (and claimed their task) or
     *                       are known lost (and rivals)
     */
    LostCreateSearch(String provider, Function<TaskQuery, CompletableFuture<TaskPage>> list, TaskClaims claims,
            ReconcilePolicy policy, Function<Duration, Executor> after,
            Supplier<CompletableFuture<Void>> othersAnswered) {
        this.provider = provider;
        this.list = list;
        this.claims = claims;
        this.policy = policy;
        this.after = after;
        this.othersAnswered = othersAnswered;
    }

    /**
     * @param create the lost create, already {@linkplain TaskClaims#settling settling}; settled when this ends
     * @param lost   what the create ended with, raised (with the candidates) when the search does not settle it
     * @param resend sends the create once more, when the policy allows it and the task is proven absent; {@code null}
     *               for a create that is itself the re-send
     */
    CompletableFuture<VideoTask> settle(LostCreate create, SeedanceOutcomeUnknownException lost,
            Supplier<CompletableFuture<VideoTask>> resend) {
        return search(create).thenCompose(found -> {
            if (!found.isEmpty() || policy.settleDelay().isZero()) {
                return decide(create, found, lost, resend);
            }
            return CompletableFuture.supplyAsync(() -> null, after.apply(policy.settleDelay()))
                    .thenCompose(settled -> search(create))
                    .thenCompose(again -> decide(create, again, lost, resend));
        }).exceptionallyCompose(error -> {
            claims.settled(create);
            return CompletableFuture.failedFuture(unsettled(error, lost));
        });
    }

    private CompletableFuture<VideoTask> decide(LostCreate create, List<Match> found,
            SeedanceOutcomeUnknownException lost, Supplier<CompletableFuture<VideoTask>> resend) {
        VideoRequest request = create.request();
        List<Match> unclaimed;
        Match adopted = null;
        synchronized (claims) {
            // claims made while the list was read count too
            unclaimed = found.stream().filter(m -> !claims.isClaimed(m.task().id())).toList();
            if (unclaimed.size() == 1 && !claims.isDisputed(unclaimed.get(0).task().id())
                    && !claims.rivalCouldOwn(create, unclaimed.get(0).task())) {
                adopted = unclaimed.get(0);
                claims.claim(adopted.task().id());
            } else {
                claims.dispute(unclaimed.stream().map(m -> m.task().id()).toList());
            }
            claims.settled(create);
        }
        if (adopted != null) {
            LOG.info("Seedance {} create answer lost ({}); adopted task {}: the only unclaimed task of model {}"
                    + " created since {} ({}) that no other lost create could own, echoing {}", provider,
                    lost.reason(), adopted.task().id(), request.model(), create.since(), adopted.task().createdAt(),
                    adopted.evidence());
            return CompletableFuture.completedFuture(adopted.task());
        }
        List<String> ids = unclaimed.stream().map(m -> m.task().id()).toList();
        if (!unclaimed.isEmpty()) {
            return CompletableFuture.failedFuture(SeedanceOutcomeUnknownException.afterSearch(provider, lost.reason(),
                    ambiguity(create, unclaimed.size()), ids, lost));
        }
        if (policy.resendWhenAbsent() && resend != null) {
            LOG.warn("Seedance {} create answer lost ({}); no task of model {} created since {} matches it after"
                    + " {} ms: re-sending it once", provider, lost.reason(), request.model(), create.since(),
                    policy.settleDelay().toMillis());
            return resend.get();
        }
        return CompletableFuture.failedFuture(SeedanceOutcomeUnknownException.afterSearch(provider, lost.reason(),
                "no unclaimed task of model " + request.model() + " created since " + create.since()
                        + " matches it in the provider's list (after " + policy.settleDelay().toMillis() + " ms)",
                ids, lost));
    }

    private static String ambiguity(LostCreate create, int matches) {
        String tasks = " of model " + create.request().model() + " created since " + create.since();
        return matches > 1
                ? matches + " unclaimed tasks" + tasks
                        + " match it and the provider echoes nothing that tells them apart"
                : "the only unclaimed task" + tasks + " that matches it could as well be that of another create whose"
                        + " answer was lost";
    }

    private static Throwable unsettled(Throwable error, SeedanceOutcomeUnknownException lost) {
        Throwable cause = Failures.unwrap(error);
        // a failed search leaves the create as unknown as it was; anything else is the search's own verdict
        if (cause instanceof SearchFailed failed) {
            lost.addSuppressed(failed.getCause());
            return lost;
        }
        return cause;
    }

    /**
     * The matching tasks the list shows, once every create that may have made one of them has its answer: those in
     * flight before the list was read, and those in flight when it was answered.
     */
    private CompletableFuture<List<Match>> search(LostCreate create) {
        return othersAnswered.get()
                .thenCompose(before -> page(create, 1, new ArrayList<>())
                        .exceptionallyCompose(
                                e -> CompletableFuture.failedFuture(new SearchFailed(Failures.unwrap(e)))))
                .thenCompose(found -> othersAnswered.get().thenApply(after -> found));
    }

    private CompletableFuture<List<Match>> page(LostCreate create, int number, List<Match> found) {
        TaskQuery query = new TaskQuery(number, PAGE_SIZE, null, create.request().model(), List.of(), null);
        return list.apply(query).thenCompose(page -> {
            boolean older = false;
            for (VideoTask task : page.items()) {
                if (create.olderThanSince(task)) {
                    older = true; // newest first: the rest of the list is older still
                    break;
                }
                if (!claims.isClaimed(task.id()) && create.couldOwn(task)) {
                    found.add(new Match(task, RequestEcho.of(create.request(), task).evidence()));
                }
            }
            boolean more = !older && page.items().size() == PAGE_SIZE && number < MAX_PAGES;
            return more ? page(create, number + 1, found) : CompletableFuture.completedFuture(found);
        });
    }

    private record Match(VideoTask task, String evidence) {
    }

    /** The list call failed: the lost create stays unknown. */
    private static final class SearchFailed extends RuntimeException {
        SearchFailed(Throwable cause) {
            super(cause);
        }
    }
}
