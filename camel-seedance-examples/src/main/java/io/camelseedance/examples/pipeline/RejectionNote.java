package io.camelseedance.examples.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;

import io.camelseedance.component.SeedanceConstants;

/**
 * Writes why an inbox file was rejected into {@code failed/<name>.reason.txt}, beside where the file consumer moves
 * the file itself, so the person who dropped it can read what to fix without the logs. It also puts the reason in the
 * {@value #REASON} exchange property for the failure notification.
 */
public class RejectionNote implements Processor {

    public static final String REASON = "pipelineRejectionReason";

    private static final String REASON_LABEL = "Reason: ";
    private static final String TASK_LABEL = "Task:   ";
    private static final String WHEN_LABEL = "When:   ";

    private Clock clock = Clock.systemUTC();

    @Override
    public void process(Exchange exchange) throws IOException {
        GenericFile<?> file = exchange.getProperty(Exchange.FILE_EXCHANGE_FILE, GenericFile.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = cause == null ? "unknown" : cause.getMessage() != null ? cause.getMessage() : cause.toString();
        exchange.setProperty(REASON, reason);
        if (file == null) {
            return;
        }
        String name = file.getFileNameOnly();
        StringBuilder note = new StringBuilder()
                .append(name).append(" was not turned into a video.\n\n")
                .append(REASON_LABEL).append(reason).append('\n');
        String taskId = exchange.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
        if (taskId != null) {
            note.append(TASK_LABEL).append(taskId).append(" (")
                    .append(exchange.getMessage().getHeader(SeedanceConstants.TASK_STATUS, "not finished",
                            String.class))
                    .append(")\n");
        }
        note.append(WHEN_LABEL).append(Instant.now(clock)).append('\n');
        Path failed = Path.of(file.getAbsoluteFilePath()).resolveSibling(InboxFiles.FAILED);
        Files.createDirectories(failed);
        Files.writeString(failed.resolve(name + InboxFiles.REASON_SUFFIX), note, StandardCharsets.UTF_8);
    }

    /** The reason a note written by this class gives (all its lines), or {@code null} if it gives none. */
    public static String reasonIn(String note) {
        int start = note.indexOf("\n" + REASON_LABEL);
        if (start < 0) {
            return null;
        }
        start += 1 + REASON_LABEL.length();
        int end = note.length();
        for (String label : new String[]{TASK_LABEL, WHEN_LABEL}) {
            int at = note.indexOf("\n" + label, start);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return note.substring(start, end).strip();
    }

    /** The id of the task a note written by this class names, or {@code null} if none was created. */
    public static String taskIn(String note) {
        int start = note.indexOf("\n" + TASK_LABEL);
        if (start < 0) {
            return null;
        }
        start += 1 + TASK_LABEL.length();
        int end = note.indexOf(' ', start);
        return note.substring(start, end < 0 ? note.length() : end).strip();
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }
}
