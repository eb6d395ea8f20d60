package io.camelseedance.hygiene;

import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Secret hygiene over the whole test suite: registered for every test class of the module (automatic extension
 * registration, {@code junit-platform.properties}), it fails the test, or the class when the line came later, in
 * which the sentinel API key or callback token appeared in any log line. Every test runs with the sentinels
 * ({@link io.camelseedance.TestSecrets}), so a leak anywhere in the suite fails the build.
 */
public final class SecretSentinelExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final SecretSentinelAppender SENTINEL = SecretSentinelAppender.install();

    @Override
    public void beforeAll(ExtensionContext context) {
        // lines from the classes before this one are theirs
        SENTINEL.takeLeaks();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failOnLeaks(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOnLeaks(context);
    }

    private static void failOnLeaks(ExtensionContext context) {
        List<String> leaks = SENTINEL.takeLeaks();
        if (!leaks.isEmpty()) {
            throw new AssertionError("A secret appeared in " + leaks.size() + " log line(s) during "
                    + context.getDisplayName() + ":\n  " + String.join("\n  ", leaks));
        }
    }
}
