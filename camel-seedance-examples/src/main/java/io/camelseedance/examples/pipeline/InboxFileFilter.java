package io.camelseedance.examples.pipeline;

import java.io.File;
import java.time.Clock;
import java.time.Duration;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Decides which inbox files the pipeline takes now. A file is taken once it has rested for the settle time, so that a
 * file still being written is not read half-way, and so that an image and its same-name prompt, dropped together in
 * either order, are both there when the image is taken. A prompt with an image beside it is never taken on its own:
 * it travels with the image (see {@link ImagePrompt}).
 * <p>
 * Files of other types are taken too, so that they end in {@code failed/} with a reason rather than lie unnoticed.
 */
public class InboxFileFilter implements GenericFileFilter<File> {

    private Duration settle = Duration.ofSeconds(1);
    private Clock clock = Clock.systemUTC();

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return false;
        }
        if (clock.millis() - file.getLastModified() < settle.toMillis()) {
            return false;
        }
        return !InboxFiles.travelsWithImage(file.getFile().toPath());
    }

    /** How long a file must be left unchanged before it is taken, in milliseconds. */
    public void setSettle(long millis) {
        this.settle = Duration.ofMillis(millis);
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }
}
