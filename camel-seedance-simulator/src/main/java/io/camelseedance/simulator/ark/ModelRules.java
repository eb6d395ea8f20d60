package io.camelseedance.simulator.ark;

/**
 * The create-task rules that depend on the model: duration ranges, which options and media each model supports,
 * and the constraints of draft mode. Switches are refused only when they ask for something the model lacks
 * ({@code true}); {@code false} is always accepted because it asks for nothing.
 */
final class ModelRules {

    private final CreateTaskRequest request;
    private final ArkModel model;

    private ModelRules(CreateTaskRequest request) {
        this.request = request;
        this.model = request.model();
    }

    static void check(CreateTaskRequest request) {
        ModelRules rules = new ModelRules(request);
        rules.checkLength();
        rules.checkPicture();
        rules.checkCameraFixed();
        rules.checkContent();
        rules.checkDraft();
        rules.checkServiceTierAndPriority();
        rules.checkAudioAndTools();
    }

    private void checkLength() {
        Integer duration = request.duration();
        boolean auto = duration != null && duration == -1 && model.acceptsAutoDuration();
        if (duration != null && !auto && (duration < model.minDuration() || duration > model.maxDuration())) {
            throw reject("duration", "must be between " + model.minDuration() + " and " + model.maxDuration()
                    + (model.acceptsAutoDuration() ? " or -1" : ""));
        }
        if (request.frames() != null && !model.acceptsFrames()) {
            throw unsupported("frames");
        }
    }

    private void checkPicture() {
        if ("1080p".equals(request.resolution()) && !model.accepts1080p()) {
            throw reject("resolution", "1080p is not supported");
        }
        if ("adaptive".equals(request.ratio()) && model.adaptiveRatioNeedsImage() && !request.content().hasImage()) {
            throw reject("ratio", "adaptive needs an input image (image-to-video)");
        }
    }

    private void checkCameraFixed() {
        if (!Boolean.TRUE.equals(request.cameraFixed())) {
            return;
        }
        if (!model.acceptsCameraFixed()) {
            throw unsupported("camera_fixed");
        }
        if (request.content().referenceImages() > 0) {
            throw reject("camera_fixed", "cannot be used with reference images");
        }
    }

    private void checkContent() {
        TaskContent content = request.content();
        if (content.hasImage() && model.refusesImages()) {
            throw reject("content", "image inputs are not supported: it is a text-to-video model");
        }
        if (!content.hasImage() && content.draftTask().isEmpty() && model.requiresImage()) {
            throw reject("content", "an image is required: it is an image-to-video model");
        }
        if (content.referenceImages() > model.maxReferenceImages()) {
            throw reject("content", model.maxReferenceImages() == 0
                    ? "reference images are not supported"
                    : "at most " + model.maxReferenceImages() + " reference images are supported");
        }
        if (content.videos() + content.audios() > 0 && !model.acceptsReferenceVideoAndAudio()) {
            throw reject("content", "reference videos and audios are not supported");
        }
        if (content.lastFrames() > 0 && !model.acceptsLastFrame()) {
            throw reject("content", "a last_frame image is not supported (first frame only)");
        }
        if (content.draftTask().isPresent() && !model.acceptsDraft()) {
            throw reject("content", "draft_task items are not supported");
        }
    }

    /** A draft is a cheap 480p preview, so the service refuses whatever would make it more than that. */
    private void checkDraft() {
        if (!request.draftMode()) {
            return;
        }
        if (!model.acceptsDraft()) {
            throw unsupported("draft");
        }
        if (request.resolution() != null && !"480p".equals(request.resolution())) {
            throw reject("resolution", "a draft is always 480p");
        }
        if (request.lastFrameRequested()) {
            throw reject("return_last_frame", "not available in draft mode");
        }
        if (request.flex()) {
            throw reject("service_tier", "flex is not available in draft mode");
        }
    }

    private void checkServiceTierAndPriority() {
        if (request.priority() != null && request.flex()) {
            throw reject("priority", "cannot be used with service_tier flex");
        }
        if (request.serviceTier() != null && !model.acceptsServiceTier()) {
            throw reject("service_tier", "only online inference is supported and the tier cannot be configured");
        }
        if (request.priority() != null && !model.acceptsPriority()) {
            throw unsupported("priority");
        }
    }

    private void checkAudioAndTools() {
        if (Boolean.TRUE.equals(request.generateAudio()) && !model.generatesAudio()) {
            throw unsupported("generate_audio");
        }
        if (request.tools() != null && !model.acceptsTools()) {
            throw unsupported("tools");
        }
        if (request.tools() != null && !request.tools().isEmpty() && ArkModel.isOverseasId(request.modelId())) {
            throw reject("tools", "web_search is not supported on overseas nodes");
        }
    }

    private ArkApiException unsupported(String param) {
        return reject(param, "not supported");
    }

    private ArkApiException reject(String param, String problem) {
        return ArkApiException.invalidParameter(param, problem + " for model " + request.modelId());
    }
}
