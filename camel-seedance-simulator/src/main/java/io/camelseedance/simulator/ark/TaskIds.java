package io.camelseedance.simulator.ark;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Task ids in Ark's shape, {@code cgt-YYYYMMDDhhmmss-xxxxx}, never issued twice by one simulator. */
final class TaskIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SUFFIX_LENGTH = 5;

    private final Set<String> issued = ConcurrentHashMap.newKeySet();

    String next(Instant now) {
        String prefix = "cgt-" + STAMP.format(now) + "-";
        while (true) {
            String id = prefix + randomSuffix();
            if (issued.add(id)) {
                return id;
            }
        }
    }

    private static String randomSuffix() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder suffix = new StringBuilder(SUFFIX_LENGTH);
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return suffix.toString();
    }
}
