package io.camelseedance.examples.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import software.amazon.awssdk.services.s3.S3Client;

import io.camelseedance.examples.pipeline.InboxFiles;
import io.camelseedance.examples.pipeline.S3ObjectKeys;
import io.camelseedance.examples.standin.LocalS3;
import io.camelseedance.examples.standin.LocalSmtp;

/**
 * Tells a person what became of one input, from what the pipeline left in the real systems: the inbox folders, the
 * objects in S3 (each video is also copied to a local file to play), and the mail the SMTP server received (saved as
 * an {@code .eml} file to open).
 */
public final class DemoReport {

    private final Path inbox;
    private final LocalS3 s3;
    private final LocalSmtp smtp;
    private final String bucket;
    private final Path videos;
    private final Path mail;

    public DemoReport(Path inbox, LocalS3 s3, LocalSmtp smtp, String bucket, Path output) {
        this.inbox = inbox;
        this.s3 = s3;
        this.smtp = smtp;
        this.bucket = bucket;
        this.videos = output.resolve("videos");
        this.mail = output.resolve("mail");
    }

    public void print(PipelineOutcome outcome, PrintStream out) throws IOException {
        if (outcome.succeeded()) {
            out.printf("%s -> video%n", outcome.source());
            row(out, "task", S3ObjectKeys.taskIdOf(outcome.videoKey()) + " (SUCCEEDED)");
            row(out, "S3 object", "s3://" + bucket + "/" + outcome.videoKey());
            if (outcome.lastFrameKey() != null) {
                row(out, "last frame", "s3://" + bucket + "/" + outcome.lastFrameKey());
            }
            Path copy = copyOfVideo(outcome);
            row(out, "local copy", copy + " (" + Files.size(copy) + " bytes, " + mp4Brand(copy) + ")");
            row(out, "input", "moved to " + inbox.resolve(InboxFiles.DONE).resolve(outcome.source()));
            row(out, "notified", notification("Video ready: " + outcome.source()));
        } else {
            out.printf("%s -> rejected%n", outcome.source());
            row(out, "reason", outcome.reason());
            Path failed = inbox.resolve(InboxFiles.FAILED);
            row(out, "input", "moved to " + failed.resolve(outcome.source()) + ", reason in "
                    + failed.resolve(outcome.source() + InboxFiles.REASON_SUFFIX).getFileName());
            row(out, "notified", notification("Video failed: " + outcome.source()));
        }
    }

    private static void row(PrintStream out, String label, String value) {
        out.printf("    %-11s %s%n", label, value);
    }

    private Path copyOfVideo(PipelineOutcome outcome) throws IOException {
        Files.createDirectories(videos);
        String name = InboxFiles.stem(outcome.source()) + "-" + S3ObjectKeys.taskIdOf(outcome.videoKey()) + ".mp4";
        Path copy = videos.resolve(name);
        try (S3Client client = s3.client()) {
            Files.write(copy, client.getObjectAsBytes(b -> b.bucket(bucket).key(outcome.videoKey())).asByteArray());
        }
        return copy.toAbsolutePath();
    }

    /** An MP4 starts with an {@code ftyp} box naming its brand: a file a player will take for a video. */
    private static String mp4Brand(Path file) throws IOException {
        byte[] head = new byte[12];
        try (var in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read == head.length && "ftyp".equals(new String(head, 4, 4, StandardCharsets.US_ASCII))) {
                return "MP4, brand " + new String(head, 8, 4, StandardCharsets.US_ASCII).trim();
            }
        }
        return "NOT an MP4: " + Arrays.toString(head);
    }

    private String notification(String subject) throws IOException {
        Optional<MimeMessage> message = smtp.lastWithSubject(subject);
        if (message.isEmpty()) {
            return "no mail with subject \"" + subject + "\"";
        }
        Files.createDirectories(mail);
        Path eml = mail.resolve(subject.substring(subject.indexOf(':') + 2) + ".eml").toAbsolutePath();
        try (OutputStream file = Files.newOutputStream(eml)) {
            message.get().writeTo(file);
            String recipients = String.join(", ", Arrays.stream(message.get().getAllRecipients())
                    .map(Object::toString).toList());
            return "mail to " + recipients + " \"" + subject + "\", saved as " + eml;
        } catch (MessagingException e) {
            throw new IOException("Could not save the mail \"" + subject + "\"", e);
        }
    }
}
