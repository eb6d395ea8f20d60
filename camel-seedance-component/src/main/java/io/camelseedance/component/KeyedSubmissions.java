package io.camelseedance.component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.camel.Message;

import io.camelseedance.api.SeedanceException;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.tracking.Submission;
import io.camelseedance.tracking.SubmissionKeys;
import io.camelseedance.tracking.TaskStore;
import io.camelseedance.tracking.TrackerKey;

/**
 * The submission key of a {@code generate} exchange ({@link SeedanceConstants#SUBMISSION_KEY}): read and checked,
 * then claimed in the task store, waiting while another exchange or live instance is sending the create under it.
 */
final class KeyedSubmissions {

    static final int MAX_KEY_LENGTH = 200;
    /** How often a key being sent elsewhere is looked at again: its creator's answer is seen within this. */
    static final Duration RECHECK = Duration.ofMillis(200);

    private KeyedSubmissions() {
    }

    /** The message's submission key, or {@code null} when it has none; refuses a blank or overlong one. */
    static String key(Message message) {
        String key = message.getHeader(SeedanceConstants.SUBMISSION_KEY, String.class);
        if (key == null) {
            return null;
        }
        if (key.isBlank()) {
            throw new SeedanceValidationException(SeedanceConstants.SUBMISSION_KEY, "must not be blank");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new SeedanceValidationException(SeedanceConstants.SUBMISSION_KEY,
                    "at most " + MAX_KEY_LENGTH + " characters, not " + key.length());
        }
        return key;
    }

    /** The store's submission keys; a store that keeps none refuses the header. */
    static SubmissionKeys of(TaskStore store) {
        try {
            return store.submissions();
        } catch (UnsupportedOperationException e) {
            throw new SeedanceValidationException(SeedanceConstants.SUBMISSION_KEY, e.getMessage());
        }
    }

    /**
     * Claims the key: completes with {@link Submission.State#CLAIMED} (send the create) or
     * {@link Submission.State#CREATED} (adopt its task, also one the settling of its lost create found); fails when
     * the key's create was lost (naming what was found of it), or is still being sent at {@code until}.
     *
     * @param settling settles the creates its instances left on the wire, for a key found lost before its create was
     *                 settled, and says how long to wait for another instance settling it
     * @param later    where the waits continue (never the caller's thread)
     */
    static CompletableFuture<Submission> claim(SubmissionKeys keys, TrackerKey account, String key, Instant until,
            Settling settling, Executor later) {
        return claim(keys, account, key, until, settling, null, later);
    }

    /** @param settledBy when waiting for the settling of the key's lost create ends; {@code null} until it began */
    private static CompletableFuture<Submission> claim(SubmissionKeys keys, TrackerKey account, String key,
            Instant until, Settling settling, Instant settledBy, Executor later) {
        Submission found = keys.claim(account, key);
        return switch (found.state()) {
            case CLAIMED, CREATED -> CompletableFuture.completedFuture(found);
            case LOST -> {
                Instant by = settledBy != null ? settledBy : earlier(until, Instant.now().plus(settling.patience()));
                yield found.finding() != null || (settledBy != null && !Instant.now().isBefore(by))
                        ? CompletableFuture.failedFuture(lost(account, key, found))
                        : settleThenClaim(keys, account, key, until, settling, by, later);
            }
            case PENDING -> {
                if (!Instant.now().isBefore(until)) {
                    yield CompletableFuture.failedFuture(new SeedanceException("Submission key '" + key + "' is"
                            + " still being sent by instance " + found.holder() + "; stopped waiting at the"
                            + " completion timeout"));
                }
                Executor delayed = CompletableFuture.delayedExecutor(RECHECK.toMillis(), TimeUnit.MILLISECONDS, later);
                yield CompletableFuture.supplyAsync(() -> account, delayed)
                        .thenCompose(a -> claim(keys, a, key, until, settling, settledBy, later));
            }
        };
    }

    /**
     * A key lost before its create was settled: a settling round here settles it, unless another instance took the
     * create's intent over first and is settling it now (this round then finds nothing to take); its finding is
     * looked for every {@link #RECHECK}, each look with a round of its own (which takes the intent over should that
     * instance die), until {@code settledBy}.
     */
    private static CompletableFuture<Submission> settleThenClaim(SubmissionKeys keys, TrackerKey account, String key,
            Instant until, Settling settling, Instant settledBy, Executor later) {
        // a failed round leaves the key as it was: the claim after it says so
        return CompletableFuture.supplyAsync(settling.round(), later).thenCompose(round -> round)
                .handle((settled, error) -> keys.claim(account, key))
                .thenComposeAsync(found -> {
                    if (found.state() != Submission.State.LOST || found.finding() != null
                            || !Instant.now().isBefore(settledBy)) {
                        return claim(keys, account, key, until, settling, settledBy, later);
                    }
                    Executor delayed = CompletableFuture.delayedExecutor(RECHECK.toMillis(), TimeUnit.MILLISECONDS,
                            later);
                    return CompletableFuture.supplyAsync(() -> account, delayed)
                            .thenCompose(a -> settleThenClaim(keys, a, key, until, settling, settledBy, later));
                }, later);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * How a key found lost before its create was settled gets settled.
     *
     * @param round    settles the creates the account's instances left on the wire (a round of {@code CreateIntents})
     * @param patience how long another instance's settling of the create may take: two leases with a shared store
     *                 (should that instance die, its lease ends and a round here takes the create over), none without
     */
    record Settling(Supplier<CompletableFuture<Void>> round, Duration patience) {
    }

    /**
     * The error of a key kept as lost: what was found of its create (by the search of the instance that lost the
     * answer, or by the settling of its intent) and the candidates; only a key whose create's settling did not end
     * in time has no finding.
     */
    private static SeedanceOutcomeUnknownException lost(TrackerKey account, String key, Submission found) {
        String reason = "the create under submission key '" + key + "' was on the wire when its instance stopped or"
                + " lost the answer; it is never sent again under this key";
        String finding = found.finding() != null
                ? found.finding()
                : "its create was not settled in time (the store failed, or another instance is still settling it)";
        return SeedanceOutcomeUnknownException.afterSearch(account.provider(), reason, finding, found.candidates(),
                null);
    }
}
