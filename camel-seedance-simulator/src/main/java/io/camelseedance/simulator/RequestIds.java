package io.camelseedance.simulator;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids shaped like Ark's ({@code 021} + epoch millis + random hex), so that clients which log or parse
 * them see realistic values. Unique in practice: 64 random bits per millisecond.
 */
final class RequestIds {

    private RequestIds() {
    }

    static String next() {
        byte[] random = new byte[8];
        ThreadLocalRandom.current().nextBytes(random);
        return "021" + System.currentTimeMillis() + HexFormat.of().formatHex(random);
    }
}
