package io.camelseedance.tracking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Submission keys of a store used by one instance at a time (memory, files): claims are taken under this object's
 * lock. A claim without a task that a previous run of the store left (the JVM stopped or died with the create on the
 * wire) is lost. The shelf is read once, then mirrored in memory: nothing else writes it.
 */
final class LocalSubmissionKeys implements SubmissionKeys {

    /** How long a key is remembered after its create: retries and restarts come well within it. */
    static final Duration MEMORY = Duration.ofDays(7);

    private final TaskStore.Shelf<KeyedCreate> shelf;
    /** This run of the store: claims of earlier runs without a task were cut off. */
    private final String run = UUID.randomUUID().toString();
    /** The shelf's entries by id, read on first use; guarded by this object. */
    private Map<String, KeyedCreate> kept;

    LocalSubmissionKeys(TaskStore.Shelf<KeyedCreate> shelf) {
        this.shelf = shelf;
    }

    /**
     * A create under a key, as kept on the shelf; {@code holder} is {@code null} once it is lost, and
     * {@code finding} and {@code candidates} say what was found of a lost one (none yet when a previous run left it).
     */
    record KeyedCreate(TrackerKey account, String key, String taskId, String holder, Instant at, String finding,
            List<String> candidates) {
    }

    @Override
    public synchronized Submission claim(TrackerKey account, String key) {
        KeyedCreate create = kept().get(id(account, key));
        if (create == null) {
            put(new KeyedCreate(account, key, null, run, Instant.now(), null, null));
            return Submission.claimed(run);
        }
        if (create.taskId() != null) {
            return new Submission(Submission.State.CREATED, create.taskId(), create.holder(), null, null);
        }
        return new Submission(run.equals(create.holder()) ? Submission.State.PENDING : Submission.State.LOST, null,
                create.holder(), create.finding(), create.candidates());
    }

    @Override
    public synchronized void created(TrackerKey account, String key, String taskId) {
        put(new KeyedCreate(account, key, taskId, run, Instant.now(), null, null));
    }

    @Override
    public synchronized void release(TrackerKey account, String key) {
        String id = id(account, key);
        shelf.remove(id);
        kept().remove(id);
    }

    @Override
    public synchronized void lost(TrackerKey account, String key, String finding, List<String> candidates) {
        put(new KeyedCreate(account, key, null, null, Instant.now(), finding, candidates));
    }

    @Override
    public synchronized void prune() {
        Instant before = Instant.now().minus(MEMORY);
        kept().values().removeIf(create -> {
            boolean old = create.at().isBefore(before);
            if (old) {
                shelf.remove(id(create.account(), create.key()));
            }
            return old;
        });
    }

    private void put(KeyedCreate create) {
        String id = id(create.account(), create.key());
        shelf.put(id, create); // durable first: the mirror never knows more than the shelf
        kept().put(id, create);
    }

    private Map<String, KeyedCreate> kept() {
        if (kept == null) {
            kept = new HashMap<>();
            shelf.all().forEach(create -> kept.put(id(create.account(), create.key()), create));
        }
        return kept;
    }

    /** A name safe for a file, whatever the key holds. */
    private static String id(TrackerKey account, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((account.provider() + "\n" + account.baseUrl()
                    + "\n" + account.accountFingerprint() + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
