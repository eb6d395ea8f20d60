package io.camelseedance.examples.watch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.camelseedance.tracking.TrackedTask;

/**
 * What the watch page shows, built only from what every instance of the pipeline can read: the inbox's folders
 * (files waiting, {@code done/}, {@code failed/} with their reasons, and the {@link WorkNotes} of the instances at
 * work), the task store, and the bucket's listing with each video's metadata. Nothing comes from this instance's
 * memory, so the page of any instance shows the work of all.
 * <p>
 * Built at most every {@link #FRESH_FOR}, however many pages poll: a listing of the bucket is not free.
 */
final class WatchState {

    static final Duration FRESH_FOR = Duration.ofMillis(500);
    private static final List<String> STATES = List.of(WatchRow.WAITING, WorkNote.GENERATING, WorkNote.UPLOADING,
            WorkNote.REJECTING, WatchRow.DONE, WatchRow.REJECTED);

    /**
     * @param problems what could not be read this time (S3 or the task store down), for the page to show
     */
    record Snapshot(Instant at, String inbox, String bucket, String taskStore, Map<String, Object> totals,
            List<WatchRow> rows, List<String> problems) {
    }

    private final Path inbox;
    private final InboxFolders folders;
    private final WorkNotes notes;
    private final TaskStoreReader store;
    private final PipelineBucket bucket;
    private final S3Videos videos;
    private final Clock clock;
    private byte[] json;
    private Instant builtAt = Instant.EPOCH;

    WatchState(Path inbox, TaskStoreReader store, PipelineBucket bucket, Clock clock) {
        this.inbox = inbox;
        this.folders = new InboxFolders(inbox);
        this.notes = new WorkNotes(inbox);
        this.store = store;
        this.bucket = bucket;
        this.videos = new S3Videos(bucket);
        this.clock = clock;
    }

    /** The snapshot as JSON, built anew when the last one is older than {@link #FRESH_FOR}. */
    synchronized byte[] json() throws JsonProcessingException {
        Instant now = clock.instant();
        if (json == null || !builtAt.plus(FRESH_FOR).isAfter(now)) {
            json = WorkNotes.JSON.writeValueAsBytes(snapshot(now));
            builtAt = now;
        }
        return json;
    }

    Snapshot snapshot(Instant now) {
        List<String> problems = new ArrayList<>();
        List<StoredVideo> stored = List.of();
        try {
            stored = videos.list();
        } catch (RuntimeException e) {
            problems.add("S3 bucket " + bucket.name() + " could not be listed: " + e.getMessage());
        }
        List<TrackedTask> inFlight = List.of();
        try {
            inFlight = List.copyOf(store.inFlight());
        } catch (RuntimeException e) {
            problems.add("The task store could not be read: " + e.getMessage());
        }
        List<WatchRow> rows = rows(now, stored);
        Map<String, Object> totals = new LinkedHashMap<>();
        STATES.forEach(state -> totals.put(state, 0));
        rows.forEach(row -> totals.merge(row.state(), 1, (a, b) -> (Integer) a + (Integer) b));
        totals.put("inputs", rows.size());
        totals.put("videos", stored.size());
        totals.put("videoBytes", stored.stream().mapToLong(StoredVideo::size).sum());
        totals.put("tasksInFlight", store.readable() ? inFlight.size() : null);
        return new Snapshot(now, inbox.toAbsolutePath().toString(), bucket.name(), store.description(), totals, rows,
                problems);
    }

    private List<WatchRow> rows(Instant now, List<StoredVideo> stored) {
        Map<String, WorkNote> working = new HashMap<>();
        for (WorkNote note : notes.all()) {
            if (!note.isStale(now, WorkNotePublisher.STALE_AFTER)) {
                working.put(note.source(), note);
            }
        }
        List<WatchRow> active = new ArrayList<>();
        Map<String, Instant> activeSince = new HashMap<>();
        for (InboxFolders.InboxFile file : folders.unfinished()) {
            WorkNote note = working.get(file.name());
            active.add(note == null
                    ? new WatchRow(inputId(file.name()), file.name(), WatchRow.WAITING, file.modified(), null, null,
                            null, null, null, null)
                    : new WatchRow(inputId(file.name()), file.name(), note.stage(), note.since(), note.taskId(),
                            note.status(), note.progress(), null, note.instance(), null));
            activeSince.put(file.name(), note == null ? file.modified() : note.since());
        }
        // ties broken by id: a row that changed places at every poll would stop the video playing in it
        active.sort(Comparator.comparing(WatchRow::since).thenComparing(WatchRow::id));

        List<WatchRow> finished = new ArrayList<>();
        Set<String> withVideo = new HashSet<>();
        for (StoredVideo video : stored) {
            String name = video.source() != null ? video.source() : Path.of(video.key()).getFileName().toString();
            Instant since = activeSince.get(name);
            if (since != null && !video.uploaded().isBefore(since)) {
                continue; // uploaded by the work under way: the row shows when the input has moved to done/
            }
            withVideo.add(name);
            finished.add(new WatchRow("video:" + video.key(), name, WatchRow.DONE, video.uploaded(), video.taskId(),
                    null, null, null, null, shown(video)));
        }
        for (InboxFolders.InboxFile file : folders.done()) {
            if (!withVideo.contains(file.name())) {
                finished.add(new WatchRow("done:" + file.name(), file.name(), WatchRow.DONE, file.modified(), null,
                        null, null, null, null, null));
            }
        }
        for (InboxFolders.RejectedFile file : folders.rejected()) {
            finished.add(new WatchRow("rejected:" + file.name(), file.name(), WatchRow.REJECTED, file.rejectedAt(),
                    file.taskId(), null, null, file.reason(), null, null));
        }
        finished.sort(Comparator.comparing(WatchRow::since).reversed().thenComparing(WatchRow::id));

        // the latest outcome of a name not in the inbox any more is that input's row, so it keeps its id from waiting
        // to done; earlier outcomes of the same name (dropped again) keep rows of their own
        Set<String> named = new HashSet<>(activeSince.keySet());
        List<WatchRow> rows = new ArrayList<>(active);
        for (WatchRow row : finished) {
            rows.add(named.add(row.name()) ? row.withId(inputId(row.name())) : row);
        }
        return rows;
    }

    private static String inputId(String name) {
        return "input:" + name;
    }

    private static WatchRow.Video shown(StoredVideo video) {
        return new WatchRow.Video(video.key(), mediaUrl(video.key()),
                video.posterKey() == null ? null : mediaUrl(video.posterKey()), video.size(), video.duration(),
                video.resolution(), video.ratio(), video.model());
    }

    private static String mediaUrl(String key) {
        return WatchPageRoutes.PATH + "/media?" + S3Media.KEY + "=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
