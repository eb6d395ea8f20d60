package io.camelseedance.client;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * model created since the create was sent, that echo nothing contradicting the request ({@link RequestEcho}) and
 * that no other submission has claimed ({@link TaskClaims}). Exactly one such task is adopted; several are reported
 * as candidates and none is adopted, because adopting the wrong one would leave two submissions with one video and
 * a paid task with none; none at all is searched for once more after the settle delay, and then either re-sent once
 * (when the policy allows) or reported.
 */
final class LostCreateSearch {

    private static final Logger LOG = LoggerFactory.getLogger(LostCreateSearch.class);
    // created_at is in whole seconds, and the provider's clock is not ours
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(2);
    private static final int PAGE_SIZE = 500; // Ark's largest page
    private static final int MAX_PAGES = 4;

    private final String provider;
    private final Function<TaskQuery, CompletableFuture<TaskPage>> list;
    private final TaskClaims claims;
    private final ReconcilePolicy policy;
    private final Function<Duration, Executor> after;

    /**
     * @param list  the provider's task list
     * @param after an executor that runs what it is given after the delay, on no waiting thread
     */
    LostCreateSearch(String provider, Function<TaskQuery, CompletableFuture<TaskPage>> list, TaskClaims claims,
            ReconcilePolicy policy, Function<Duration, Executor> after) {
        this.provider = provider;
        this.list = list;
        this.claims = claims;
        this.policy = policy;
        this.after = after;
    }

    /**
     * @param sentAt when the lost create was first sent: its task cannot be older
     * @param lost   what the create ended with, raised (with the candidates) when the search does not settle it
     * @param resend sends the create once more, when the policy allows it and the task is proven absent; {@code null}
     *               for a create that is itself the re-send
     */
    CompletableFuture<VideoTask> settle(VideoRequest request, Instant sentAt, SeedanceOutcomeUnknownException lost,
            Supplier<CompletableFuture<VideoTask>> resend) {
        Instant since = sentAt.truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW);
        return search(request, since).thenCompose(found -> {
            if (!found.isEmpty() || policy.settleDelay().isZero()) {
                return decide(request, since, found, lost, resend);
            }
            return CompletableFuture.supplyAsync(() -> null, after.apply(policy.settleDelay()))
                    .thenCompose(settled -> search(request, since))
                    .thenCompose(again -> decide(request, since, again, lost, resend));
        }).exceptionallyCompose(error -> CompletableFuture.failedFuture(unsettled(error, lost)));
    }

    private CompletableFuture<VideoTask> decide(VideoRequest request, Instant since, List<Match> found,
            SeedanceOutcomeUnknownException lost, Supplier<CompletableFuture<VideoTask>> resend) {
        if (found.size() == 1 && claims.claim(found.get(0).task().id())) {
            Match only = found.get(0);
            LOG.info("Seedance {} create answer lost ({}); adopted task {}: the only unclaimed task of model {}"
                    + " created since {} ({}), echoing {}", provider, lost.reason(), only.task().id(),
                    request.model(), since, only.task().createdAt(), only.evidence());
            return CompletableFuture.completedFuture(only.task());
        }
        List<String> ids = found.stream().map(m -> m.task().id()).toList();
        if (found.size() > 1) {
            return CompletableFuture.failedFuture(SeedanceOutcomeUnknownException.afterSearch(provider, lost.reason(),
                    found.size() + " unclaimed tasks of model " + request.model() + " created since " + since
                            + " match it and the provider echoes nothing that tells them apart",
                    ids, lost));
        }
        if (policy.resendWhenAbsent() && resend != null) {
            LOG.warn("Seedance {} create answer lost ({}); no task of model {} created since {} matches it after"
                    + " {} ms: re-sending it once", provider, lost.reason(), request.model(), since,
                    policy.settleDelay().toMillis());
            return resend.get();
        }
        return CompletableFuture.failedFuture(SeedanceOutcomeUnknownException.afterSearch(provider, lost.reason(),
                "no unclaimed task of model " + request.model() + " created since " + since
                        + " matches it in the provider's list (after " + policy.settleDelay().toMillis() + " ms)",
                ids, lost));
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

    private CompletableFuture<List<Match>> search(VideoRequest request, Instant since) {
        return page(request, since, 1, new ArrayList<>())
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(new SearchFailed(Failures.unwrap(e))));
    }

    private CompletableFuture<List<Match>> page(VideoRequest request, Instant since, int number, List<Match> found) {
        TaskQuery query = new TaskQuery(number, PAGE_SIZE, null, request.model(), List.of(), null);
        return list.apply(query).thenCompose(page -> {
            boolean older = false;
            for (VideoTask task : page.items()) {
                if (task.createdAt() != null && task.createdAt().isBefore(since)) {
                    older = true; // newest first: the rest of the list is older still
                    break;
                }
                RequestEcho echo = RequestEcho.of(request, task);
                if (!claims.isClaimed(task.id()) && echo.matches()) {
                    found.add(new Match(task, echo.evidence()));
                }
            }
            boolean more = !older && page.items().size() == PAGE_SIZE && number < MAX_PAGES;
            return more ? page(request, since, number + 1, found) : CompletableFuture.completedFuture(found);
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
