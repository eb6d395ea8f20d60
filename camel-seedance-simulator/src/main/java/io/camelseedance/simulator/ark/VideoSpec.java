package io.camelseedance.simulator.ark;

import java.util.function.LongSupplier;

/**
 * What the "generated" video is said to be: the values a succeeded task reports, with the service's defaults
 * applied, and the tokens it would have been billed ({@code width × height × frames / 1024}).
 *
 * @param duration the length in seconds, or {@code null} when the client asked for a number of frames
 * @param frames   the requested number of frames, or {@code null} when the length is a duration
 */
record VideoSpec(String resolution, String ratio, Integer duration, Integer frames, long seed, long tokens) {

    static final int FRAMES_PER_SECOND = 24;
    static final int DEFAULT_DURATION = 5;
    private static final String DRAFT_RESOLUTION = "480p";
    private static final String ADAPTIVE = "adaptive";
    /** The simulator has no image to look at, so "adaptive" always settles on the most common ratio. */
    private static final String ADAPTIVE_RESULT = "16:9";

    static VideoSpec of(CreateTaskRequest request, LongSupplier randomSeed) {
        String resolution = request.draftMode()
                ? DRAFT_RESOLUTION
                : request.resolution() != null
                        ? request.resolution()
                        : request.model().defaultResolution();
        String ratio = request.ratio() == null || ADAPTIVE.equals(request.ratio()) ? ADAPTIVE_RESULT : request.ratio();
        Integer frames = request.frames();
        Integer duration = frames != null
                ? null
                : request.duration() == null || request.duration() == -1
                        ? DEFAULT_DURATION
                        : request.duration();
        long seed = request.seed() == null || request.seed() == -1 ? randomSeed.getAsLong() : request.seed();
        return sized(request, resolution, ratio, duration, frames, seed);
    }

    /**
     * The final video rendered from a draft: the draft settled the shot (ratio, length, seed), the final request
     * chooses the resolution the 480p draft did not have.
     */
    static VideoSpec fromDraft(CreateTaskRequest request, VideoSpec draft) {
        String resolution = request.resolution() != null ? request.resolution() : request.model().defaultResolution();
        return sized(request, resolution, draft.ratio(), draft.duration(), draft.frames(), draft.seed());
    }

    private static VideoSpec sized(CreateTaskRequest request, String resolution, String ratio, Integer duration,
            Integer frames, long seed) {
        int frameCount = frames != null ? frames : duration * FRAMES_PER_SECOND + 1;
        PixelTable.Size size = PixelTable.size(resolution, ratio, request.model().pixelColumn());
        long tokens = (long) size.width() * size.height() * frameCount / 1024;
        return new VideoSpec(resolution, ratio, duration, frames, seed, tokens);
    }
}
