package io.camelseedance.examples.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.InflightRepository.InflightExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.component.SeedanceConstants;
import io.camelseedance.examples.pipeline.PipelineProperties;
import io.camelseedance.examples.pipeline.RejectionNote;
import io.camelseedance.tracking.JdbcTaskStore;

/**
 * Publishes what this instance is doing with the inbox files it has taken, as {@link WorkNote}s in the shared inbox,
 * so that the watch page of every instance can show it: which files are being generated (with the task's id, status
 * and progress), uploaded or rejected. Called on a timer; each call looks at the exchanges in flight in the inbox
 * route (Camel's inflight repository), and at the tasks this instance tracks (the seedance dev console).
 * <p>
 * A note is rewritten when its content changes and at least every {@link #HEARTBEAT}, so that a note nobody has
 * rewritten for {@link #STALE_AFTER} belongs to an instance that stopped or died: any instance then deletes it, and
 * the page no longer trusts it. An instance deletes its own note as soon as its exchange has ended, by which time the
 * file itself is in {@code done/} or {@code failed/}.
 */
public class WorkNotePublisher {

    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    public static final Duration STALE_AFTER = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(WorkNotePublisher.class);

    private final String routeId;
    private final WorkNotes notes;
    /** Named the way the shared task store names an instance: host (a pod's name) and a random part. */
    private final String instance = JdbcTaskStore.newInstanceId();
    private final Clock clock;
    /** The notes this instance wrote last, by input name: only the timer's thread uses it. */
    private final Map<String, WorkNote> written = new HashMap<>();
    private TrackedProgress progress;

    /** Notes in {@code inbox} for the exchanges of the route {@code routeId} (the inbox route). */
    public WorkNotePublisher(String routeId, Path inbox, Clock clock) {
        this.routeId = routeId;
        this.notes = new WorkNotes(inbox);
        this.clock = clock;
    }

    public void publish(Exchange tick) {
        CamelContext context = tick.getContext();
        if (progress == null) {
            progress = new TrackedProgress(context);
        }
        Map<String, TrackedProgress.Standing> tracked = progress.byTaskId();
        Instant now = clock.instant();
        Set<String> working = new HashSet<>();
        for (InflightExchange inflight : context.getInflightRepository().browse(routeId)) {
            WorkNote note = noteOf(inflight.getExchange(), tracked, now);
            if (note == null) {
                continue;
            }
            working.add(note.source());
            WorkNote last = written.get(note.source());
            if (!note.sameWorkAs(last) || last.updated().plus(HEARTBEAT).isBefore(now)) {
                notes.write(note);
                written.put(note.source(), note);
            }
        }
        for (WorkNote note : notes.all()) {
            boolean mineAndEnded = instance.equals(note.instance()) && !working.contains(note.source());
            if (mineAndEnded || note.isStale(now, STALE_AFTER)) {
                notes.delete(note.source());
            }
        }
        written.keySet().retainAll(working);
    }

    private WorkNote noteOf(Exchange exchange, Map<String, TrackedProgress.Standing> tracked, Instant now) {
        String source = exchange.getProperty(PipelineProperties.SOURCE, String.class);
        if (source == null) {
            return null;
        }
        String taskId;
        try {
            taskId = exchange.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
        } catch (RuntimeException e) {
            // the exchange's own thread was changing its headers: the next tick reads them
            LOG.debug("Could not read the task of {} this time: {}", source, e.toString());
            return null;
        }
        TrackedProgress.Standing standing = taskId == null ? null : tracked.get(taskId);
        return new WorkNote(source, stage(exchange), taskId, standing == null ? null : standing.status(),
                standing == null ? null : standing.progress(), instance,
                Instant.ofEpochMilli(exchange.getClock().getCreated()), now);
    }

    private static String stage(Exchange exchange) {
        if (exchange.getProperty(RejectionNote.REASON) != null) {
            return WorkNote.REJECTING;
        }
        return exchange.getProperty(PipelineProperties.VIDEO_KEY) != null ? WorkNote.UPLOADING : WorkNote.GENERATING;
    }
}
