package io.camelseedance.hygiene;

import java.util.ArrayList;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import io.camelseedance.TestSecrets;

/**
 * Watches every log event of the test JVM for the sentinel API key and callback token ({@link TestSecrets}): in the
 * message, in the message of every cause of an attached exception, and in the logger name. It keeps only what it
 * found, so watching costs a string search per event. Installed once, on the root logger and any logger that does not pass events on to it, by
 * {@link SecretSentinelExtension}.
 */
final class SecretSentinelAppender extends AbstractAppender {

    private static final SecretSentinelAppender INSTANCE = new SecretSentinelAppender();
    private static boolean installed;

    private final List<String> leaks = new ArrayList<>();

    private SecretSentinelAppender() {
        super("secret-sentinel", null, null, true, Property.EMPTY_ARRAY);
    }

    /** Attaches the sentinel to the root logger and every configured one, whatever their appenders. */
    static synchronized SecretSentinelAppender install() {
        if (!installed) {
            LoggerContext logs = (LoggerContext) LogManager.getContext(false);
            Configuration config = logs.getConfiguration();
            INSTANCE.start();
            config.getRootLogger().addAppender(INSTANCE, Level.ALL, null);
            // every other logger hands its events on to the root, except one that was told not to
            for (LoggerConfig logger : config.getLoggers().values()) {
                if (!logger.isAdditive() && !logger.getAppenders().containsKey(INSTANCE.getName())) {
                    logger.addAppender(INSTANCE, Level.ALL, null);
                }
            }
            logs.updateLoggers();
            installed = true;
        }
        return INSTANCE;
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder text = new StringBuilder(event.getLoggerName()).append(' ')
                .append(event.getMessage().getFormattedMessage());
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
            text.append(" | ").append(t);
        }
        String line = text.toString();
        boolean key = line.contains(TestSecrets.API_KEY);
        boolean token = line.contains(TestSecrets.CALLBACK_TOKEN);
        if (key || token) {
            String shown = line.replace(TestSecrets.API_KEY, "<API KEY>").replace(TestSecrets.CALLBACK_TOKEN,
                    "<CALLBACK TOKEN>");
            synchronized (leaks) {
                leaks.add(event.getLevel() + " [" + event.getThreadName() + "] " + shown);
            }
        }
    }

    /** What leaked since the last call, and forgets it. */
    List<String> takeLeaks() {
        synchronized (leaks) {
            List<String> taken = List.copyOf(leaks);
            leaks.clear();
            return taken;
        }
    }
}
