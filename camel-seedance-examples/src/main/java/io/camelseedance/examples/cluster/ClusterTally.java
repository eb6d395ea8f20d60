package io.camelseedance.examples.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import io.camelseedance.examples.pipeline.InboxFiles;
import io.camelseedance.examples.standin.LocalS3;
import io.camelseedance.examples.standin.LocalSmtp;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;

/**
 * What became of each input of the cluster demo, read from where it landed, not from what the instances say: the
 * creates the simulator received (matched by the input's prompt), the videos in the S3 bucket (named after the
 * input), the "Video ready" mails in the mailbox, and whether the input reached {@code done/}.
 */
final class ClusterTally {

    private static final String CREATE_PATH = "/api/v3/contents/generations/tasks";
    private static final String READY_SUBJECT = "Video ready: ";

    private final SeedanceSimulator simulator;
    private final LocalS3 s3;
    private final LocalSmtp smtp;
    private final String bucket;
    private final Path inbox;

    ClusterTally(SeedanceSimulator simulator, LocalS3 s3, LocalSmtp smtp, String bucket, Path inbox) {
        this.simulator = simulator;
        this.s3 = s3;
        this.smtp = smtp;
        this.bucket = bucket;
        this.inbox = inbox;
    }

    /** One input's counts. */
    record Row(DemoInput input, long creates, long videos, long mails, boolean done) {

        boolean exactlyOnce() {
            return creates == 1 && videos == 1 && mails == 1 && done;
        }

        /** Everything once but the mail: sent again by the instance that took the file over. */
        boolean mailRepeated() {
            return creates == 1 && videos == 1 && mails > 1 && done;
        }
    }

    /** How many videos are in the bucket so far. */
    long videos() {
        return videoKeys().size();
    }

    List<Row> count(List<DemoInput> inputs) throws IOException, MessagingException {
        List<String> creates = simulator.requests("POST", CREATE_PATH).stream().map(RecordedRequest::body).toList();
        List<String> videos = videoKeys();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.messages()) {
            subjects.add(m.getSubject());
        }
        List<Row> rows = new ArrayList<>();
        for (DemoInput input : inputs) {
            rows.add(new Row(input,
                    creates.stream().filter(body -> body.contains(input.prompt())).count(),
                    videos.stream().filter(key -> key.endsWith("/" + input.stem() + ".mp4")).count(),
                    subjects.stream().filter((READY_SUBJECT + input.fileName())::equals).count(),
                    Files.exists(inbox.resolve(InboxFiles.DONE).resolve(input.fileName()))));
        }
        return rows;
    }

    /**
     * Prints a line per input and the verdict.
     *
     * @return whether every input was created once, uploaded once, notified at least once and moved to done/
     */
    static boolean print(List<Row> rows, PrintStream out) {
        out.println("input          creates  videos in S3  mails  done/");
        for (Row row : rows) {
            out.printf("%-14s %7d %13d %6d  %-5s %s%n", row.input().fileName(), row.creates(), row.videos(),
                    row.mails(), row.done() ? "yes" : "NO", row.exactlyOnce()
                            ? ""
                            : row.mailRepeated() ? "mail repeated (at least once: see below)" : "WRONG");
        }
        long once = rows.stream().filter(Row::exactlyOnce).count();
        long repeated = rows.stream().filter(Row::mailRepeated).count();
        long wrong = rows.size() - once - repeated;
        long creates = rows.stream().mapToLong(Row::creates).sum();
        long videos = rows.stream().mapToLong(Row::videos).sum();
        long mails = rows.stream().mapToLong(Row::mails).sum();
        out.printf("totals: %d creates, %d videos, %d mails for %d inputs%n", creates, videos, mails, rows.size());
        if (repeated > 0) {
            out.println(repeated + " notification(s) sent twice: what happens when the killed instance's mail reached"
                    + " the server before it died and before it moved its file; the survivor that took the file over"
                    + " adopted the task (no second create), uploaded under the same key and mailed again."
                    + " Notifications are at least once.");
        }
        boolean pass = wrong == 0;
        out.printf("VERDICT: %s: %d of %d inputs created, uploaded and notified exactly once; %d notified twice;"
                + " %d wrong%n", pass ? "PASS" : "FAIL", once, rows.size(), repeated, wrong);
        return pass;
    }

    private List<String> videoKeys() {
        try (S3Client client = s3.client()) {
            if (client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                return List.of();
            }
            return client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key)
                    .filter(k -> k.endsWith(".mp4")).toList();
        }
    }
}
