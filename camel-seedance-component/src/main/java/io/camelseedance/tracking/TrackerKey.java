package io.camelseedance.tracking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Whose task it is: the provider, where it is reached, and which account, so that a task is only ever polled, stored
 * and emitted with the account that created it. The account is a fingerprint of its API key (the first 8 bytes of a
 * SHA-256), enough to tell accounts apart and safe to log, keep in memory and write into the task store; the key
 * itself is never kept here.
 *
 * @param provider           the provider id, e.g. {@code byteplus}
 * @param baseUrl            the base URL the tasks were created at
 * @param accountFingerprint 16 hex digits that identify the API key
 */
public record TrackerKey(String provider, String baseUrl, String accountFingerprint) {

    private static final int FINGERPRINT_BYTES = 8;

    public TrackerKey {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accountFingerprint, "accountFingerprint");
    }

    /** The key of the tasks created with {@code apiKey} at {@code baseUrl}; the API key is hashed, not kept. */
    public static TrackerKey of(String provider, String baseUrl, String apiKey) {
        return new TrackerKey(provider, baseUrl, fingerprint(apiKey));
    }

    private static String fingerprint(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("camel-seedance account " + apiKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, FINGERPRINT_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
