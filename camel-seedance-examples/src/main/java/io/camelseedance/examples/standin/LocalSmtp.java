package io.camelseedance.examples.standin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for the demo and the tests: GreenMail on 127.0.0.1 and a free port. It accepts mail for any
 * address without authentication and keeps every message it received in memory.
 */
public final class LocalSmtp implements AutoCloseable {

    private final GreenMail server;

    private LocalSmtp(GreenMail server) {
        this.server = server;
    }

    public static LocalSmtp start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return new LocalSmtp(server);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** The pipeline's mail settings that point its notifications at this server. */
    public Map<String, String> camelProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("pipeline.mail.host", host());
        p.put("pipeline.mail.port", Integer.toString(port()));
        return p;
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> messages() {
        return List.of(server.getReceivedMessages());
    }

    /** The latest message received with this subject. */
    public Optional<MimeMessage> lastWithSubject(String subject) {
        return messages().stream().filter(m -> subject.equals(subjectOf(m))).reduce((first, second) -> second);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            // a message whose subject cannot be read is not the one looked for
            return null;
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
