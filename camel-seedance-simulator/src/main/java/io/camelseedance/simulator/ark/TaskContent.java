package io.camelseedance.simulator.ark;

import java.util.Optional;

/**
 * What a create request's {@code content[]} amounts to: the prompt and how many media of each role it carries.
 * The validation rules only ever need these counts, never the URLs.
 *
 * @param prompt      the text item, or {@code ""} when there is none
 * @param draftTaskId the id of a {@code draft_task} item, or {@code null}
 */
record TaskContent(
        String prompt, int firstFrames, int lastFrames, int referenceImages, int videos, int audios,
        String draftTaskId) {

    boolean hasImage() {
        return firstFrames + lastFrames + referenceImages > 0;
    }

    boolean usesFrameRoles() {
        return firstFrames + lastFrames > 0;
    }

    boolean hasReferenceMedia() {
        return referenceImages + videos + audios > 0;
    }

    Optional<String> draftTask() {
        return Optional.ofNullable(draftTaskId);
    }
}
