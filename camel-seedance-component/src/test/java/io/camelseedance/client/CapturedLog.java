package io.camelseedance.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** The lines one class logs while a test runs, to assert on what an operator would read. */
final class CapturedLog extends AbstractAppender implements AutoCloseable {

    private final String loggerName;
    private final LoggerConfig attachedTo;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private CapturedLog(Class<?> source) {
        super("captured-" + source.getSimpleName(), null, null, true, Property.EMPTY_ARRAY);
        this.loggerName = source.getName();
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        this.attachedTo = logs.getConfiguration().getLoggerConfig(loggerName);
        start();
        attachedTo.addAppender(this, Level.ALL, null);
        logs.updateLoggers();
    }

    static CapturedLog of(Class<?> source) {
        return new CapturedLog(source);
    }

    @Override
    public void append(LogEvent event) {
        if (event.getLoggerName().equals(loggerName)) {
            lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        attachedTo.removeAppender(getName());
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
        stop();
    }
}
