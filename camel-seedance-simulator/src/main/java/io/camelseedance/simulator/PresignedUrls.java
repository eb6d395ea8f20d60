package io.camelseedance.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pre-signed download URLs like a storage host's: {@code ?expires=<epoch millis>&sig=<HMAC>}. The signature covers
 * the path and the expiry, so a client cannot extend a URL by editing it; it has to ask the API for a fresh one,
 * which is exactly the behaviour a client's refresh logic must be tested against. The key is random per instance.
 */
public final class PresignedUrls {

    /** What a storage host would make of a URL. */
    public enum Verdict {
        VALID,
        /** The signature is right but the expiry has passed (at or after {@code expires}). */
        EXPIRED,
        /** No signature, or one that does not match the path and expiry. */
        FORGED
    }

    static final String EXPIRES = "expires";
    static final String SIGNATURE = "sig";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public PresignedUrls() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * @param origin where the simulator listens, e.g. {@code http://127.0.0.1:8089}
     * @param path   the file's path, e.g. {@code /files/cgt-….mp4}
     * @param ttl    how long from now the URL works; zero gives a URL that is already expired
     */
    public String sign(String origin, String path, Duration ttl) {
        long expires = System.currentTimeMillis() + ttl.toMillis();
        return origin + path + "?" + EXPIRES + "=" + expires + "&" + SIGNATURE + "=" + signature(path, expires);
    }

    /** Judges a request for {@code path} with these (decoded) query parameters. */
    public Verdict check(String path, Map<String, List<String>> query) {
        String expiresText = first(query, EXPIRES);
        String signature = first(query, SIGNATURE);
        if (expiresText == null || signature == null || !expiresText.matches("\\d{1,19}")) {
            return Verdict.FORGED;
        }
        long expires = Long.parseLong(expiresText);
        boolean genuine = MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                signature(path, expires).getBytes(StandardCharsets.US_ASCII));
        if (!genuine) {
            return Verdict.FORGED;
        }
        return System.currentTimeMillis() >= expires ? Verdict.EXPIRED : Verdict.VALID;
    }

    private String signature(String path, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((path + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has " + ALGORITHM, e);
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
