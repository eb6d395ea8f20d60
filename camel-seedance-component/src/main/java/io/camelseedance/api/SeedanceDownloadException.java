package io.camelseedance.api;

import java.util.Objects;

/**
 * Downloading a generated file failed: the storage host answered with an error status, or could not be reached, or
 * the transfer broke. The message and {@link #location()} name the URL's scheme, host and path but never its query,
 * because a pre-signed URL carries its signature there.
 */
public class SeedanceDownloadException extends SeedanceException {

    /** {@link #httpStatus()} when no HTTP answer arrived. */
    public static final int NO_RESPONSE = -1;

    private final String location;
    private final int httpStatus;

    public SeedanceDownloadException(String location, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.location = Objects.requireNonNull(location, "location");
        this.httpStatus = httpStatus;
    }

    /**
     * The URL without query or user info, e.g. {@code https://host/path/video.mp4}; a placeholder in parentheses when
     * there was no readable URL.
     */
    public String location() {
        return location;
    }

    /** The status the storage host answered, or {@link #NO_RESPONSE}. */
    public int httpStatus() {
        return httpStatus;
    }
}
