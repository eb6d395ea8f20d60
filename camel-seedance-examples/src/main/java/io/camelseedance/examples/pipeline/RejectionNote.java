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
                .append("Reason: ").append(reason).append('\n');
        String taskId = exchange.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
        if (taskId != null) {
            note.append("Task:   ").append(taskId).append(" (")
                    .append(exchange.getMessage().getHeader(SeedanceConstants.TASK_STATUS, "not finished",
                            String.class))
                    .append(")\n");
        }
        note.append("When:   ").append(Instant.now(clock)).append('\n');
        Path failed = Path.of(file.getAbsoluteFilePath()).resolveSibling(InboxFiles.FAILED);
        Files.createDirectories(failed);
        Files.writeString(failed.resolve(name + InboxFiles.REASON_SUFFIX), note, StandardCharsets.UTF_8);
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }
}
