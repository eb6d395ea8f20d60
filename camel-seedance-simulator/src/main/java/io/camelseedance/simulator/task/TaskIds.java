package io.camelseedance.simulator.task;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Task ids in a provider's shape, a prefix that may carry the time and a random suffix, never issued twice by one
 * simulator.
 */
public final class TaskIds {

    /** Lower-case letters and digits, as in Ark's {@code cgt-…-xxxxx} and EvoLink's {@code task-unified-…}. */
    public static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** Crockford's base 32, as in the ULIDs of APIMart's {@code task_01K…}. */
    public static final String CROCKFORD_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final Function<Instant, String> prefix;
    private final String alphabet;
    private final int suffixLength;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();

    /**
     * @param prefix       the part before the random suffix, from the creation time
     * @param alphabet     the characters of the random suffix
     * @param suffixLength how many random characters end the id
     */
    public TaskIds(Function<Instant, String> prefix, String alphabet, int suffixLength) {
        this.prefix = prefix;
        this.alphabet = alphabet;
        this.suffixLength = suffixLength;
    }

    public String next(Instant now) {
        String start = prefix.apply(now);
        while (true) {
            String id = start + random(alphabet, suffixLength);
            if (issued.add(id)) {
                return id;
            }
        }
    }

    /** {@code length} random characters of {@code alphabet}. */
    public static String random(String alphabet, int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
