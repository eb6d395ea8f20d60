package io.camelseedance.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.VideoTask;
import io.camelseedance.tracking.SpendLedger.Reservation;

/**
 * A {@link SharedTaskStore} in PostgreSQL, reached through a {@link DataSource} (give it a pooled one). Tasks are taken
 * with {@code FOR UPDATE SKIP LOCKED}, so instances claiming at the same moment never wait for, nor take, the same
 * rows; leases are reckoned on the database's clock, so the instances' clocks need not agree. The tables are created
 * when absent ({@value #SCHEMA_RESOURCE}, also published for DBAs). The spend governor's budgets and slots are kept
 * here too ({@link SharedSpending}), so that the instances spend one budget and fill one cap.
 * <p>
 * Create intents ({@link CreateIntents}) are held like tasks: one on the wire belongs to the live instance that sent
 * it, under a lease; {@link #intents()} shows this instance its own and the answered ones, and another instance
 * settles an unanswered intent only once it has claimed it, after its holder's lease ended ({@link #claimIntents}).
 */
public final class JdbcTaskStore implements SharedTaskStore, SharedSpending {

    /** The schema, on the classpath: what {@link #open()} runs. */
    public static final String SCHEMA_RESOURCE = "/io/camelseedance/tracking/seedance-task-store.sql";
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTaskStore.class);
    /** Outcomes read per poll of a tracked consumer, oldest first. */
    private static final int MAX_PENDING_OUTCOMES = 1000;
    /** How long an account-mode or callback consumer remembers what it emitted. */
    private static final Duration EMISSION_MEMORY = Duration.ofDays(7);
    /** How long a submission key is remembered after its create. */
    private static final Duration SUBMISSION_MEMORY = Duration.ofDays(7);
    private static final String LEASE_END = "now() + ? * INTERVAL '1 millisecond'";

    private final DataSource dataSource;
    private final Duration lease;
    private final String instanceId;
    private final SubmissionKeys submissions = new Submissions();
    private volatile boolean opened;

    /** A store with the default lease and a new instance id. */
    public JdbcTaskStore(DataSource dataSource) {
        this(dataSource, DEFAULT_LEASE, newInstanceId());
    }

    /**
     * @param lease      how long a claim lasts unless renewed: how long the tasks of an instance that died wait for
     *                   another to take them over
     * @param instanceId this instance's name in the store; unique among the instances sharing it
     */
    public JdbcTaskStore(DataSource dataSource, Duration lease, String instanceId) {
        if (lease.toMillis() < 1000) {
            throw new IllegalArgumentException("The task lease must be at least 1 s, not " + lease.toMillis() + " ms");
        }
        this.dataSource = dataSource;
        this.lease = lease;
        this.instanceId = instanceId;
    }

    /** The host name (the pod's name on Kubernetes) and a random suffix: two JVMs on one host differ. */
    public static String newInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "instance";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public synchronized void open() {
        if (opened) {
            return;
        }
        String schema = schema();
        inTransaction("create the task store's tables", c -> {
            try (Statement s = c.createStatement()) {
                // instances starting together would otherwise race to create the same tables
                s.execute("SELECT pg_advisory_xact_lock(hashtext('seedance_task_store'))");
                for (String statement : statements(schema)) {
                    s.execute(statement);
                }
            }
            return null;
        });
        opened = true;
        LOG.info("Seedance task store open as instance {} (lease {} s)", instanceId, lease.toSeconds());
    }

    private static String schema() {
        try (InputStream in = JdbcTaskStore.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SCHEMA_RESOURCE + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    /** The script's statements, without its comments. */
    static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            code.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String statement : code.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.trim());
            }
        }
        return statements;
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public Duration lease() {
        return lease;
    }

    @Override
    public Shelf<TrackedTask> inFlight() {
        return new Shelf<>() {
            @Override
            public void put(String taskId, TrackedTask task) {
                update("store task " + taskId, "INSERT INTO seedance_task (task_id, client_key, tracked, holder,"
                        + " lease_until) VALUES (?, ?, ?, ?, " + LEASE_END + ") ON CONFLICT (task_id) DO UPDATE SET"
                        + " client_key = EXCLUDED.client_key, tracked = EXCLUDED.tracked, holder = EXCLUDED.holder,"
                        + " lease_until = EXCLUDED.lease_until",
                        taskId, keyText(task.key()), TaskJson.text(task), instanceId, lease.toMillis());
            }

            @Override
            public void remove(String taskId) {
                update("remove task " + taskId, "DELETE FROM seedance_task WHERE task_id = ?", taskId);
            }

            @Override
            public Collection<TrackedTask> all() {
                return query("read the tasks in flight", "SELECT tracked FROM seedance_task ORDER BY created_at",
                        r -> TaskJson.read(r.getString(1), TrackedTask.class));
            }
        };
    }

    /** The outcomes kept for a tracked consumer; {@link Shelf#all()} gives those nobody is emitting now. */
    @Override
    public Shelf<TrackedOutcome> outcomes() {
        return new Shelf<>() {
            @Override
            public void put(String taskId, TrackedOutcome outcome) {
                update("keep the outcome of task " + taskId, "INSERT INTO seedance_outcome (task_id, outcome)"
                        + " VALUES (?, ?) ON CONFLICT (task_id) DO UPDATE SET outcome = EXCLUDED.outcome", taskId,
                        TaskJson.text(outcome));
            }

            @Override
            public void remove(String taskId) {
                update("remove the outcome of task " + taskId, "DELETE FROM seedance_outcome WHERE task_id = ?",
                        taskId);
            }

            @Override
            public Collection<TrackedOutcome> all() {
                return query("read the outcomes to emit", "SELECT outcome FROM seedance_outcome WHERE claimed_until"
                        + " IS NULL OR claimed_until < now() ORDER BY created_at LIMIT " + MAX_PENDING_OUTCOMES,
                        r -> TaskJson.read(r.getString(1), TrackedOutcome.class));
            }
        };
    }

    @Override
    public boolean finish(TrackedTask task, VideoTask outcome) {
        return inTransaction("finish task " + task.id(), c -> {
            // only the instance whose delete removes the row keeps the outcome: a task finished by two instances
            // (a lease that ended under a slow holder) is kept, and so emitted, once
            if (execute(c, "DELETE FROM seedance_task WHERE task_id = ?", task.id()) == 0) {
                return false;
            }
            if (task.keepOutcome()) {
                execute(c, "INSERT INTO seedance_outcome (task_id, outcome) VALUES (?, ?) ON CONFLICT (task_id)"
                        + " DO NOTHING", task.id(), TaskJson.text(new TrackedOutcome(task.key(), outcome)));
            }
            return true;
        });
    }

    @Override
    public int renew() {
        return inTransaction("renew the leases of " + instanceId, c -> {
            long millis = lease.toMillis();
            int tasks = execute(c, "UPDATE seedance_task SET lease_until = " + LEASE_END + " WHERE holder = ?",
                    millis, instanceId);
            execute(c, "UPDATE seedance_outcome SET claimed_until = " + LEASE_END + " WHERE holder = ?", millis,
                    instanceId);
            execute(c, "UPDATE seedance_emission SET claimed_until = " + LEASE_END
                    + " WHERE holder = ? AND NOT emitted", millis, instanceId);
            execute(c, "DELETE FROM seedance_emission WHERE emitted AND claimed_until < now() - ? * INTERVAL"
                    + " '1 millisecond'", EMISSION_MEMORY.toMillis());
            execute(c, "UPDATE seedance_submission SET lease_until = " + LEASE_END + " WHERE holder = ? AND task_id"
                    + " IS NULL", millis, instanceId);
            execute(c, "UPDATE seedance_intent SET lease_until = " + LEASE_END + " WHERE holder = ? AND task_id"
                    + " IS NULL", millis, instanceId);
            execute(c, "UPDATE seedance_budget_reservation SET lease_until = " + LEASE_END + " WHERE holder = ?",
                    millis, instanceId);
            execute(c, "UPDATE seedance_slot SET lease_until = " + LEASE_END + " WHERE holder = ?", millis,
                    instanceId);
            return tasks;
        });
    }

    @Override
    public Set<String> stillHeld(Collection<String> taskIds) {
        return withConnection("read which tasks " + instanceId + " holds", c -> {
            Array ids = c.createArrayOf("varchar", taskIds.toArray());
            try (PreparedStatement s = prepare(c, "SELECT task_id FROM seedance_task WHERE task_id = ANY (?) AND"
                    + " holder = ?", ids, instanceId); ResultSet r = s.executeQuery()) {
                Set<String> held = new HashSet<>();
                while (r.next()) {
                    held.add(r.getString(1));
                }
                return held;
            } finally {
                ids.free();
            }
        });
    }

    @Override
    public List<Claimed> claim(Set<TrackerKey> clientKeys, int max) {
        if (clientKeys.isEmpty() || max <= 0) {
            return List.of();
        }
        return withConnection("take over tasks", c -> {
            Array keys = c.createArrayOf("varchar", clientKeys.stream().map(JdbcTaskStore::keyText).toArray());
            try (PreparedStatement s = prepare(c, "UPDATE seedance_task SET holder = ?, lease_until = " + LEASE_END
                    + " WHERE task_id IN (SELECT task_id FROM seedance_task WHERE (holder IS NULL OR lease_until"
                    + " < now()) AND client_key = ANY (?) ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                    + " RETURNING tracked, outcome", instanceId, lease.toMillis(), keys, max)) {
                return claimed(s);
            } finally {
                keys.free();
            }
        });
    }

    /** A task's key as one column: provider, base URL and account fingerprint (never the API key). */
    private static String keyText(TrackerKey key) {
        return key.provider() + "|" + key.baseUrl() + "|" + key.accountFingerprint();
    }

    @Override
    public List<Claimed> settledHere() {
        return withConnection("read the outcomes recorded elsewhere", c -> {
            try (PreparedStatement s = prepare(c, "SELECT tracked, outcome FROM seedance_task WHERE holder = ?"
                    + " AND outcome IS NOT NULL", instanceId)) {
                return claimed(s);
            }
        });
    }

    private static List<Claimed> claimed(PreparedStatement s) throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String outcome = r.getString(2);
                claimed.add(new Claimed(TaskJson.read(r.getString(1), TrackedTask.class),
                        outcome != null ? TaskJson.read(outcome, VideoTask.class) : null));
            }
        }
        return claimed;
    }

    @Override
    public boolean settle(VideoTask outcome) {
        return update("record the outcome of task " + outcome.id(), "UPDATE seedance_task SET outcome = ?"
                + " WHERE task_id = ? AND outcome IS NULL", TaskJson.text(outcome), outcome.id()) > 0;
    }

    @Override
    public Set<TrackerKey> claimReading(Set<TrackerKey> clientKeys, Duration readingLease) {
        if (clientKeys.isEmpty()) {
            return Set.of();
        }
        Map<String, TrackerKey> byText = new HashMap<>();
        clientKeys.forEach(k -> byText.put(keyText(k), k));
        return withConnection("claim the reading of tasks", c -> {
            Array keys = c.createArrayOf("varchar", byText.keySet().toArray());
            // one row per account: taken when absent or when its reader's lease ended, renewed by its reader; the rows
            // returned are those this instance reads
            try (PreparedStatement s = prepare(c, "INSERT INTO seedance_reader (client_key, holder, lease_until)"
                    + " SELECT k, ?, " + LEASE_END + " FROM unnest(?::varchar[]) AS k ON CONFLICT (client_key) DO"
                    + " UPDATE SET holder = EXCLUDED.holder, lease_until = EXCLUDED.lease_until WHERE"
                    + " seedance_reader.holder = EXCLUDED.holder OR seedance_reader.lease_until < now()"
                    + " RETURNING client_key", instanceId, readingLease.toMillis(), keys);
                    ResultSet r = s.executeQuery()) {
                Set<TrackerKey> reading = new HashSet<>();
                while (r.next()) {
                    reading.add(byText.get(r.getString(1)));
                }
                return reading;
            } finally {
                keys.free();
            }
        });
    }

    @Override
    public HeldElsewhere heldElsewhere(Set<TrackerKey> clientKeys, Instant storedSince) {
        return withConnection("read the tasks held elsewhere", c -> {
            Array keys = c.createArrayOf("varchar", clientKeys.stream().map(JdbcTaskStore::keyText).toArray());
            try (PreparedStatement s = prepare(c, "SELECT now(), ARRAY(SELECT tracked FROM seedance_task WHERE holder"
                    + " IS DISTINCT FROM ? AND outcome IS NULL AND client_key = ANY (?) AND created_at >= ?)",
                    instanceId, keys, Timestamp.from(storedSince != null ? storedSince : Instant.EPOCH));
                    ResultSet r = s.executeQuery()) {
                r.next();
                Instant asOf = r.getTimestamp(1).toInstant();
                List<TrackedTask> tasks = new ArrayList<>();
                Array tracked = r.getArray(2);
                for (Object json : (Object[]) tracked.getArray()) {
                    tasks.add(TaskJson.read((String) json, TrackedTask.class));
                }
                tracked.free();
                return new HeldElsewhere(tasks, asOf);
            } finally {
                keys.free();
            }
        });
    }

    @Override
    public void settle(Collection<VideoTask> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        withConnection("record the outcomes of " + outcomes.size() + " task(s) held elsewhere", c -> {
            Array ids = c.createArrayOf("varchar", outcomes.stream().map(VideoTask::id).toArray());
            Array texts = c.createArrayOf("text", outcomes.stream().map(TaskJson::text).toArray());
            try {
                return execute(c, "UPDATE seedance_task t SET outcome = v.outcome FROM unnest(?::varchar[],"
                        + " ?::text[]) AS v (task_id, outcome) WHERE t.task_id = v.task_id AND t.outcome IS NULL",
                        ids, texts);
            } finally {
                ids.free();
                texts.free();
            }
        });
    }

    @Override
    public void release() {
        inTransaction("release what " + instanceId + " holds", c -> {
            execute(c, "DELETE FROM seedance_reader WHERE holder = ?", instanceId);
            execute(c, "UPDATE seedance_task SET holder = NULL, lease_until = NULL WHERE holder = ?", instanceId);
            execute(c, "UPDATE seedance_outcome SET holder = NULL, claimed_until = NULL WHERE holder = ?",
                    instanceId);
            execute(c, "DELETE FROM seedance_emission WHERE holder = ? AND NOT emitted", instanceId);
            return null;
        });
    }

    /** A claim still naming a holder when it is taken ended unreleased: its holder died with it. */
    @Override
    public EmissionClaim claimOutcome(String taskId) {
        return claimed(query("claim the outcome of task " + taskId, "UPDATE seedance_outcome o SET holder = ?,"
                + " claimed_until = " + LEASE_END + " FROM (SELECT task_id, holder FROM seedance_outcome WHERE"
                + " task_id = ? FOR UPDATE) earlier WHERE o.task_id = earlier.task_id AND (o.claimed_until IS NULL"
                + " OR o.claimed_until < now()) RETURNING earlier.holder IS NOT NULL", r -> r.getBoolean(1),
                instanceId, lease.toMillis(), taskId));
    }

    private static EmissionClaim claimed(List<Boolean> takenOver) {
        if (takenOver.isEmpty()) {
            return EmissionClaim.REFUSED;
        }
        return takenOver.get(0) ? EmissionClaim.TAKEN_OVER : EmissionClaim.FIRST;
    }

    @Override
    public void releaseOutcome(String taskId) {
        update("release the outcome of task " + taskId, "UPDATE seedance_outcome SET holder = NULL, claimed_until"
                + " = NULL WHERE task_id = ? AND holder = ?", taskId, instanceId);
    }

    /** An unconfirmed claim still there when it is taken ended unreleased (a failure deletes it): its holder died. */
    @Override
    public EmissionClaim claimEmission(String consumer, String taskId) {
        return claimed(query("claim the emission of task " + taskId, "INSERT INTO seedance_emission (consumer,"
                + " task_id, holder, claimed_until) VALUES (?, ?, ?, " + LEASE_END + ") ON CONFLICT (consumer,"
                + " task_id) DO UPDATE SET holder = EXCLUDED.holder, claimed_until = EXCLUDED.claimed_until,"
                + " claims = seedance_emission.claims + 1 WHERE NOT seedance_emission.emitted AND"
                + " seedance_emission.claimed_until < now() RETURNING claims > 1", r -> r.getBoolean(1),
                consumer, taskId, instanceId, lease.toMillis()));
    }

    @Override
    public void confirmEmission(String consumer, String taskId) {
        update("confirm the emission of task " + taskId, "UPDATE seedance_emission SET emitted = TRUE,"
                + " claimed_until = now() WHERE consumer = ? AND task_id = ?", consumer, taskId);
    }

    @Override
    public void releaseEmission(String consumer, String taskId) {
        update("release the emission of task " + taskId, "DELETE FROM seedance_emission WHERE consumer = ? AND"
                + " task_id = ? AND NOT emitted", consumer, taskId);
    }

    @Override
    public boolean hasEmission(String consumer, String taskId) {
        return !query("read the emission of task " + taskId, "SELECT 1 FROM seedance_emission WHERE consumer = ?"
                + " AND task_id = ?", r -> Boolean.TRUE, consumer, taskId).isEmpty();
    }

    @Override
    public void clearEmissions(String consumer) {
        update("clear the emissions of " + consumer, "DELETE FROM seedance_emission WHERE consumer = ?", consumer);
    }

    /** This instance's intents and every answered one (those tell a restart the tasks it knew). */
    @Override
    public Shelf<CreateIntent> intents() {
        return new Shelf<>() {
            @Override
            public void put(String intentId, CreateIntent intent) {
                update("record create intent " + intentId, "INSERT INTO seedance_intent (intent_id, client_key,"
                        + " intent, task_id, holder, lease_until) VALUES (?, ?, ?, ?, ?, " + LEASE_END + ")"
                        + " ON CONFLICT (intent_id) DO UPDATE SET intent = EXCLUDED.intent, task_id ="
                        + " EXCLUDED.task_id, holder = EXCLUDED.holder, lease_until = EXCLUDED.lease_until",
                        intentId, keyText(intent.key()), TaskJson.text(intent), intent.taskId(), instanceId,
                        lease.toMillis());
            }

            @Override
            public void remove(String intentId) {
                update("remove create intent " + intentId, "DELETE FROM seedance_intent WHERE intent_id = ?",
                        intentId);
            }

            @Override
            public Collection<CreateIntent> all() {
                return query("read the create intents", "SELECT intent FROM seedance_intent WHERE holder = ? OR"
                        + " task_id IS NOT NULL", r -> TaskJson.read(r.getString(1), CreateIntent.class),
                        instanceId);
            }
        };
    }

    @Override
    public List<CreateIntent> claimIntents(TrackerKey key) {
        return query("take over the unanswered creates of instances gone", "UPDATE seedance_intent SET holder = ?,"
                + " lease_until = " + LEASE_END + " WHERE client_key = ? AND task_id IS NULL AND holder <> ? AND"
                + " lease_until < now() RETURNING intent", r -> TaskJson.read(r.getString(1), CreateIntent.class),
                instanceId, lease.toMillis(), keyText(key), instanceId);
    }

    @Override
    public SubmissionKeys submissions() {
        return submissions;
    }

    /**
     * Keys as rows: the instance whose {@code INSERT} made the row sends the create, under a lease renewed with its
     * other leases; a row whose holder's lease ended before it had a task is lost.
     */
    private final class Submissions implements SubmissionKeys {

        @Override
        public Submission claim(TrackerKey account, String key) {
            String what = "claim submission key " + key;
            // a key released between the insert and the read is free again: claim it once more
            for (int attempt = 0; attempt < 3; attempt++) {
                if (update(what, "INSERT INTO seedance_submission (client_key, submission_key, holder, lease_until)"
                        + " VALUES (?, ?, ?, " + LEASE_END + ") ON CONFLICT (client_key, submission_key) DO NOTHING",
                        keyText(account), key, instanceId, lease.toMillis()) > 0) {
                    return Submission.claimed(instanceId);
                }
                // a key counts as lost a second after its holder's lease ended: by then the lease of its create's
                // intent (recorded just after the key was claimed) has ended too, for the settling to take it over
                List<Submission> found = query(what, "SELECT task_id, holder, holder IS NOT NULL AND lease_until"
                        + " >= now() - INTERVAL '1 second', finding, candidates FROM seedance_submission WHERE"
                        + " client_key = ? AND submission_key = ?",
                        r -> submission(r.getString(1), r.getString(2), r.getBoolean(3),
                                r.getString(4), r.getString(5)),
                        keyText(account), key);
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
            throw new TaskStoreException("Seedance task store: submission key " + key + " is claimed and released"
                    + " over and over; try again", null);
        }

        private static Submission submission(String taskId, String holder, boolean live, String finding,
                String candidates) {
            Submission.State state = taskId != null
                    ? Submission.State.CREATED
                    : live ? Submission.State.PENDING : Submission.State.LOST;
            return new Submission(state, taskId, holder, finding,
                    candidates == null ? null : List.of(TaskJson.read(candidates, String[].class)));
        }

        @Override
        public void created(TrackerKey account, String key, String taskId) {
            update("record the task of submission key " + key, "UPDATE seedance_submission SET task_id = ?,"
                    + " lease_until = NULL WHERE client_key = ? AND submission_key = ?", taskId, keyText(account),
                    key);
        }

        @Override
        public void release(TrackerKey account, String key) {
            update("release submission key " + key, "DELETE FROM seedance_submission WHERE client_key = ? AND"
                    + " submission_key = ? AND task_id IS NULL AND holder = ?", keyText(account), key, instanceId);
        }

        @Override
        public void lost(TrackerKey account, String key, String finding, List<String> candidates) {
            update("record submission key " + key + " as lost", "UPDATE seedance_submission SET"
                    + " holder = NULL, lease_until = NULL, finding = ?, candidates = ? WHERE client_key = ? AND"
                    + " submission_key = ? AND task_id IS NULL", finding, TaskJson.text(candidates), keyText(account),
                    key);
        }

        @Override
        public void prune() {
            update("forget old submission keys", "DELETE FROM seedance_submission WHERE created_at < now() - ? *"
                    + " INTERVAL '1 millisecond' AND (task_id IS NOT NULL OR holder IS NULL)",
                    SUBMISSION_MEMORY.toMillis());
        }
    }

    @Override
    public String openBudget(String name, String unit) {
        return inTransaction("open budget " + name, c -> {
            execute(c, "INSERT INTO seedance_budget (name, unit, period_start, spent, day, tasks_today) VALUES"
                    + " (?, ?, now(), 0, (now() AT TIME ZONE 'UTC')::date, 0) ON CONFLICT (name) DO NOTHING", name,
                    unit);
            try (PreparedStatement s = prepare(c, "SELECT unit FROM seedance_budget WHERE name = ?", name);
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        });
    }

    @Override
    public void reserve(String name, String key, Reservation reservation, Duration period,
            Consumer<SpendLedger> check) {
        inTransaction("reserve in budget " + name, c -> {
            SpendLedger ledger = lockedLedger(c, name, period);
            check.accept(ledger); // throws to refuse: the transaction is rolled back, nothing reserved
            write(c, new SpendLedger(name, ledger.unit(), ledger.periodStart(), ledger.spent(), ledger.day(),
                    ledger.tasksToday() + 1, Map.of()));
            execute(c, "INSERT INTO seedance_budget_reservation (budget, reservation_key, amount, price_per_token,"
                    + " holder, lease_until) VALUES (?, ?, ?, ?, ?, " + LEASE_END + ")", name, key,
                    reservation.amount(), reservation.pricePerToken(), instanceId, lease.toMillis());
            return null;
        });
    }

    @Override
    public void rekey(String name, String from, String to) {
        update("move reservation " + from + " of budget " + name, "UPDATE seedance_budget_reservation SET"
                + " reservation_key = ? WHERE budget = ? AND reservation_key = ?", to, name, from);
    }

    @Override
    public void refund(String name, String key) {
        inTransaction("refund " + key + " to budget " + name, c -> {
            if (execute(c, "DELETE FROM seedance_budget_reservation WHERE budget = ? AND reservation_key = ?", name,
                    key) > 0) {
                execute(c, "UPDATE seedance_budget SET tasks_today = GREATEST(0, tasks_today - 1) WHERE name = ?"
                        + " AND day = (now() AT TIME ZONE 'UTC')::date", name);
            }
            return null;
        });
    }

    @Override
    public void settle(String name, String key, Duration period, ToDoubleFunction<Reservation> charge) {
        inTransaction("settle " + key + " in budget " + name, c -> {
            SpendLedger ledger = lockedLedger(c, name, period);
            Reservation reservation = ledger.reserved().get(key);
            if (reservation != null) {
                execute(c, "DELETE FROM seedance_budget_reservation WHERE budget = ? AND reservation_key = ?", name,
                        key);
                write(c, new SpendLedger(name, ledger.unit(), ledger.periodStart(),
                        ledger.spent() + charge.applyAsDouble(reservation), ledger.day(), ledger.tasksToday(),
                        Map.of()));
            }
            return null;
        });
    }

    @Override
    public SpendLedger ledger(String name, Duration period) {
        return inTransaction("read budget " + name, c -> lockedLedger(c, name, period));
    }

    @Override
    public Map<String, Reservation> ownReservations(String name) {
        Map<String, Reservation> own = new HashMap<>();
        query("read the reservations of budget " + name, "SELECT reservation_key, amount, price_per_token FROM"
                + " seedance_budget_reservation WHERE budget = ? AND holder = ?",
                r -> own.put(r.getString(1), reservation(r)), name, instanceId);
        return own;
    }

    /**
     * The budget's row, locked until the transaction ends, rolled to the database's now (and written so when it
     * rolled), with the reservations of instances whose lease ended charged their estimates.
     */
    private SpendLedger lockedLedger(Connection c, String name, Duration period) throws SQLException {
        SpendLedger stored;
        Instant now;
        try (PreparedStatement s = prepare(c, "SELECT unit, period_start, spent, day, tasks_today, now() FROM"
                + " seedance_budget WHERE name = ? FOR UPDATE", name); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new SQLException("no budget " + name + " in the store");
            }
            stored = new SpendLedger(name, r.getString(1), r.getTimestamp(2).toInstant(), r.getDouble(3),
                    r.getObject(4, LocalDate.class), r.getInt(5), Map.of());
            now = r.getTimestamp(6).toInstant();
        }
        double expired = 0;
        try (PreparedStatement s = prepare(c, "DELETE FROM seedance_budget_reservation WHERE budget = ? AND"
                + " lease_until < now() RETURNING amount", name); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                expired += r.getDouble(1);
            }
        }
        SpendLedger rolled = stored.rolled(now, period);
        if (expired > 0) {
            LOG.info("Seedance budget {}: charged the estimates ({}) of reservations whose instance stopped renewing"
                    + " its lease", name, expired);
            rolled = new SpendLedger(name, rolled.unit(), rolled.periodStart(), rolled.spent() + expired,
                    rolled.day(), rolled.tasksToday(), Map.of());
        }
        if (rolled != stored) {
            write(c, rolled);
        }
        Map<String, Reservation> reserved = new HashMap<>();
        try (PreparedStatement s = prepare(c, "SELECT reservation_key, amount, price_per_token FROM"
                + " seedance_budget_reservation WHERE budget = ?", name); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                reserved.put(r.getString(1), reservation(r));
            }
        }
        return new SpendLedger(name, rolled.unit(), rolled.periodStart(), rolled.spent(), rolled.day(),
                rolled.tasksToday(), reserved);
    }

    private static Reservation reservation(ResultSet r) throws SQLException {
        double amount = r.getDouble(2);
        double price = r.getDouble(3);
        return new Reservation(amount, r.wasNull() ? null : price);
    }

    private static void write(Connection c, SpendLedger ledger) throws SQLException {
        execute(c, "UPDATE seedance_budget SET period_start = ?, spent = ?, day = ?, tasks_today = ? WHERE name = ?",
                Timestamp.from(ledger.periodStart()), ledger.spent(), ledger.day(), ledger.tasksToday(),
                ledger.name());
    }

    @Override
    public boolean claimSlot(TrackerKey account, String slotId, int cap) {
        String client = keyText(account);
        return inTransaction("claim a slot of " + account.provider(), c -> {
            // one claimer per account at a time: the count and the insert must see the same slots
            try (PreparedStatement s = prepare(c, "SELECT pg_advisory_xact_lock(hashtext(?))", "seedance_slot|"
                    + client); ResultSet r = s.executeQuery()) {
                r.next();
            }
            execute(c, "DELETE FROM seedance_slot WHERE client_key = ? AND lease_until < now()", client);
            if (cap > 0) {
                try (PreparedStatement s = prepare(c, "SELECT count(*) FROM seedance_slot WHERE client_key = ?",
                        client); ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) >= cap) {
                        return false;
                    }
                }
            }
            execute(c, "INSERT INTO seedance_slot (slot_id, client_key, holder, lease_until) VALUES (?, ?, ?, "
                    + LEASE_END + ")", slotId, client, instanceId, lease.toMillis());
            return true;
        });
    }

    @Override
    public void releaseSlot(String slotId) {
        update("release slot " + slotId, "DELETE FROM seedance_slot WHERE slot_id = ?", slotId);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> T withConnection(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new TaskStoreException("Seedance task store: cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(String what, Work<T> work) {
        return withConnection(what, c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        });
    }

    private int update(String what, String sql, Object... parameters) {
        return withConnection(what, c -> execute(c, sql, parameters));
    }

    private <T> List<T> query(String what, String sql, Row<T> row, Object... parameters) {
        return withConnection(what, c -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement s = prepare(c, sql, parameters); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row.read(r));
                }
            }
            return rows;
        });
    }

    private static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return "JdbcTaskStore[" + instanceId + "]";
    }
}
