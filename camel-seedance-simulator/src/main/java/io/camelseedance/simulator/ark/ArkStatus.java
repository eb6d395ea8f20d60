package io.camelseedance.simulator.ark;

import io.camelseedance.simulator.task.TaskPhase;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Ark's status words: the lower-case names of the phases, {@code queued} to {@code expired}. */
final class ArkStatus {

    private ArkStatus() {
    }

    static String word(TaskPhase phase) {
        return phase.name().toLowerCase(Locale.ROOT);
    }

    static Optional<TaskPhase> fromWord(String word) {
        return Arrays.stream(TaskPhase.values()).filter(phase -> word(phase).equals(word)).findFirst();
    }

    /** Ark retries only callbacks that carry a result the receiver must not miss. */
    static boolean callbackRetried(TaskPhase phase) {
        return phase == TaskPhase.SUCCEEDED || phase == TaskPhase.FAILED;
    }
}
