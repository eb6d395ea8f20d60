package io.camelseedance.examples.cluster;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One prompt file of the cluster demo. Its prompt is unique ({@code clip 07:} cannot match {@code clip 17:}), so the
 * create the simulator received for it can be told from the others.
 */
record DemoInput(String stem, String prompt) {

    static List<DemoInput> first(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("%02d", i))
                .map(n -> new DemoInput("clip-" + n, "Cluster demo clip " + n + ": a paper lantern drifting down a"
                        + " river at dusk"))
                .toList();
    }

    String fileName() {
        return stem + ".txt";
    }
}
