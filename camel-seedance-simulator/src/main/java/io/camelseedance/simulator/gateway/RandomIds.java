package io.camelseedance.simulator.gateway;

import java.util.concurrent.ThreadLocalRandom;

/** The random parts of the gateways' task ids. */
public final class RandomIds {

    /** Lower-case letters and digits, as in EvoLink's {@code task-unified-…-abc123}. */
    public static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** Crockford's base 32, the alphabet of the ULIDs in APIMart's {@code task_01K…}. */
    public static final String CROCKFORD_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private RandomIds() {
    }

    /** {@code length} random characters of {@code alphabet}. */
    public static String of(String alphabet, int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
