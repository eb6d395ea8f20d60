package io.camelseedance.examples.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which instance works on which inbox file, when several instances of the pipeline watch one inbox: the file
 * consumer's {@code readLock=idempotent} repository, kept in PostgreSQL under a lease.
 * <p>
 * A file is claimed by one instance ({@link #add}: an {@code INSERT ... ON CONFLICT DO UPDATE} that succeeds only when
 * nobody holds the file or its holder's lease ended), which renews the lease while it works on the file. When it is
 * done (the file moved to {@code done/} or {@code failed/}), the claim is released but stays taken for one more lease,
 * so that an instance that listed the file just before it moved cannot claim it again. An instance that dies stops
 * renewing: its files are claimed again by another once the lease ends, so nothing is lost. Releasing touches only
 * this instance's claims: an instance that lost the race never frees the winner's.
 * <p>
 * The claim key ({@link #KEY}) is the file's name, size and modification time, so a file dropped again later is a new
 * input. The same key, hashed ({@link #submissionKey}), is the {@code generate} step's submission key: an instance
 * that takes over a file adopts the task the dead one had created instead of paying for it again.
 */
public final class InboxClaims extends ServiceSupport implements IdempotentRepository {

    /** The file consumer's {@code idempotentKey}: the same file dropped again later is another input. */
    public static final String KEY = "${file:name}|${file:size}|${file:modified}";

    private static final Logger LOG = LoggerFactory.getLogger(InboxClaims.class);

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS pipeline_inbox_claim ("
            + " file_key TEXT PRIMARY KEY, holder TEXT NOT NULL, lease_until TIMESTAMPTZ NOT NULL)";
    // a released claim is remembered for a lease; long-released ones are of no use to anybody
    private static final String FORGET_OLD = "DELETE FROM pipeline_inbox_claim WHERE lease_until < now() - interval '1 day'";
    private static final String CLAIM = "INSERT INTO pipeline_inbox_claim AS c (file_key, holder, lease_until)"
            + " VALUES (?, ?, now() + ? * interval '1 millisecond')"
            + " ON CONFLICT (file_key) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until"
            + " WHERE c.lease_until < now()";
    private static final String TAKEN = "SELECT 1 FROM pipeline_inbox_claim WHERE file_key = ? AND lease_until >= now()";
    private static final String RELEASE = "UPDATE pipeline_inbox_claim SET lease_until = now() + ? * interval '1 millisecond'"
            + " WHERE file_key = ? AND holder = ?";
    private static final String RENEW = "UPDATE pipeline_inbox_claim SET lease_until = now() + ? * interval '1 millisecond'"
            + " WHERE holder = ? AND file_key = ANY (?)";
    private static final String LOCK_TABLE_CREATION = "SELECT pg_advisory_xact_lock(hashtext('pipeline_inbox_claim'))";

    private final DataSource dataSource;
    private final long leaseMillis;
    private final String instanceId;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService renewer;

    public InboxClaims(DataSource dataSource, Duration lease, String instanceId) {
        this.dataSource = dataSource;
        this.leaseMillis = lease.toMillis();
        this.instanceId = instanceId;
    }

    /** The {@code generate} step's submission key for an inbox file's claim key: at most 71 characters. */
    public static String submissionKey(String claimKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(claimKey.getBytes(StandardCharsets.UTF_8));
            return "inbox:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    protected void doStart() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // instances starting together would race to create the table
                s.execute(LOCK_TABLE_CREATION);
                s.execute(CREATE);
                s.execute(FORGET_OLD);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Pipeline inbox claims: cannot create their table: " + e.getMessage(), e);
        }
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "inbox-claims-renewer");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, leaseMillis / 3);
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        if (renewer != null) {
            renewer.shutdownNow();
        }
        // what this instance still holds was not finished: the others may take it at once
        for (String key : held) {
            update(RELEASE, 0, key);
        }
        held.clear();
    }

    @Override
    public boolean add(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CLAIM)) {
            s.setString(1, key);
            s.setString(2, instanceId);
            s.setLong(3, leaseMillis);
            boolean claimed = s.executeUpdate() == 1;
            if (claimed) {
                held.add(key);
            }
            return claimed;
        } catch (SQLException e) {
            // the file stays in the inbox, and is tried again at the next poll
            LOG.warn("Cannot claim inbox file {}: {}", key, e.getMessage());
            return false;
        }
    }

    @Override
    public boolean contains(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(TAKEN)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            LOG.warn("Cannot read the claim of inbox file {}: {}", key, e.getMessage());
            return true;
        }
    }

    /** The file was moved out of the inbox (to failed/, or left there at a stop): release this instance's claim. */
    @Override
    public boolean remove(String key) {
        return release(key);
    }

    /** The file was moved to done/: release this instance's claim. */
    @Override
    public boolean confirm(String key) {
        return release(key);
    }

    @Override
    public void clear() {
        held.forEach(this::release);
    }

    /** The keys of the files this instance works on now. */
    public Set<String> held() {
        return Set.copyOf(held);
    }

    private boolean release(String key) {
        held.remove(key);
        // still taken for a lease: another instance may have listed the file just before it moved away
        return update(RELEASE, leaseMillis, key) == 1;
    }

    private int update(String sql, long lease, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, lease);
            s.setString(2, key);
            s.setString(3, instanceId);
            return s.executeUpdate();
        } catch (SQLException e) {
            // the claim then ends with its lease, as if this instance had died
            LOG.warn("Cannot release the claim of inbox file {}: {}", key, e.getMessage());
            return 0;
        }
    }

    private void renew() {
        if (held.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(RENEW)) {
            s.setLong(1, leaseMillis);
            s.setString(2, instanceId);
            s.setArray(3, c.createArrayOf("text", held.toArray()));
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Cannot renew the claims of {} inbox files: {}", held.size(), e.getMessage());
        }
    }
}
