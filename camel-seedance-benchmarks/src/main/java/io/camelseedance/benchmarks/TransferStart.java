package io.camelseedance.benchmarks;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * When a download started writing: the first file created in a directory, seen through the file system's change
 * notification (inotify on Linux), so that a transfer is timed apart from the create and the wait before it, the same
 * way for the component (which writes a hidden partial file) and for a bare {@code HttpClient}, without polling.
 */
final class TransferStart {

    private final CompletableFuture<Long> startedAt = new CompletableFuture<>();

    private TransferStart() {
    }

    /** Starts watching {@code directory}; the next file created there marks the start. */
    static TransferStart watch(Path directory) throws IOException {
        TransferStart start = new TransferStart();
        WatchService watcher = FileSystems.getDefault().newWatchService();
        directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        Thread thread = new Thread(() -> {
            try (watcher) {
                WatchKey key = watcher.take();
                start.startedAt.complete(System.nanoTime());
                key.cancel();
            } catch (InterruptedException | IOException e) {
                start.startedAt.completeExceptionally(e);
            }
        }, "transfer-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /** {@link System#nanoTime()} when the file appeared. */
    long startedAt() throws Exception {
        return startedAt.get(10, TimeUnit.SECONDS);
    }
}
