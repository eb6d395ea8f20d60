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
     * the key's create was lost (naming what its settling found), or is still being sent at {@code until}.
     *
     * @param settle settles the creates its instances left on the wire, for a key found lost before its create was
     *               settled; {@code null} once it did
     * @param later  where the waits continue (never the caller's thread)
     */
    static CompletableFuture<Submission> claim(SubmissionKeys keys, TrackerKey account, String key, Instant until,
            Supplier<CompletableFuture<Void>> settle, Executor later) {
        Submission found = keys.claim(account, key);
        return switch (found.state()) {
            case CLAIMED, CREATED -> CompletableFuture.completedFuture(found);
            case LOST -> found.finding() == null && settle != null
                    // a failed settling leaves the key as it was: the claim below says so
                    ? CompletableFuture.supplyAsync(settle, later).thenCompose(round -> round)
                            .handle((settled, error) -> account)
                            .thenComposeAsync(a -> claim(keys, a, key, until, null, later), later)
                    : CompletableFuture.failedFuture(lost(account, key, found));
            case PENDING -> {
                if (!Instant.now().isBefore(until)) {
                    yield CompletableFuture.failedFuture(new SeedanceException("Submission key '" + key + "' is"
                            + " still being sent by instance " + found.holder() + "; stopped waiting at the"
                            + " completion timeout"));
                }
                Executor delayed = CompletableFuture.delayedExecutor(RECHECK.toMillis(), TimeUnit.MILLISECONDS, later);
                yield CompletableFuture.supplyAsync(() -> account, delayed)
                        .thenCompose(a -> claim(keys, a, key, until, settle, later));
            }
        };
    }

    /** The error of a key kept as lost, with what the settling of its create found once it ran. */
    private static SeedanceOutcomeUnknownException lost(TrackerKey account, String key, Submission found) {
        String reason = "the create under submission key '" + key + "' was on the wire when its instance stopped or"
                + " lost the answer; it is never sent again under this key";
        return found.finding() == null
                ? new SeedanceOutcomeUnknownException(account.provider(), reason, null)
                : SeedanceOutcomeUnknownException.afterSearch(account.provider(), reason,
                        "settling it found: " + found.finding(), found.candidates(), null);
    }
}
