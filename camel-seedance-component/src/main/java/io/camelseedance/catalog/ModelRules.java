package io.camelseedance.catalog;

import java.util.List;
import java.util.function.Predicate;

import io.camelseedance.api.ImageRole;
import io.camelseedance.api.VideoRequest;

/**
 * The rules that depend on what a catalog entry says the model accepts. A feature is checked only when the request
 * asks for it: an explicit {@code false} (or no value) asks for nothing and passes on every model, so a route-wide
 * default such as {@code generateAudio=false} does not break older models.
 */
final class ModelRules {

    /**
     * A feature a request may ask for, the catalog flag saying whether the model has it, and the provider rule, if
     * any, under which asking for it anyway is only a warning.
     */
    private record Feature(String field, String unsupportedRule, Predicate<VideoRequest> requested,
            Predicate<ModelSpec> supported, ProviderRule waivedBy) {

        Feature(String field, String unsupportedRule, Predicate<VideoRequest> requested,
                Predicate<ModelSpec> supported) {
            this(field, unsupportedRule, requested, supported, null);
        }
    }

    // %s in a rule text is the model id
    private static final List<Feature> FEATURES = List.of(
            new Feature("frames", "is not supported by %s: use duration", r -> r.frames() != null,
                    ModelSpec::framesSupported),
            new Feature("images", "a first frame is not supported by %s",
                    r -> !r.images(ImageRole.FIRST_FRAME).isEmpty(), ModelSpec::firstFrame),
            new Feature("images", "a last frame is not supported by %s",
                    r -> !r.images(ImageRole.LAST_FRAME).isEmpty(), ModelSpec::lastFrame),
            new Feature("cameraFixed", "is not supported by %s", r -> Boolean.TRUE.equals(r.cameraFixed()),
                    ModelSpec::cameraFixed),
            new Feature("generateAudio", "is not supported by %s: its videos are silent",
                    r -> Boolean.TRUE.equals(r.generateAudio()), ModelSpec::generateAudio,
                    ProviderRule.GENERATE_AUDIO_IGNORED),
            new Feature("draft", "draft mode is not supported by %s", r -> Boolean.TRUE.equals(r.draft()),
                    ModelSpec::draft),
            new Feature("draftTaskId", "rendering a draft task is not supported by %s",
                    r -> GeneralRules.isSet(r.draftTaskId()), ModelSpec::draft),
            new Feature("priority", "is not supported by %s", r -> r.priority() != null, ModelSpec::priority),
            new Feature("tools", GeneralRules.WEB_SEARCH + " is not supported by %s",
                    r -> r.tools().contains(GeneralRules.WEB_SEARCH), ModelSpec::webSearch));

    private ModelRules() {
    }

    /**
     * @param model    the id as the request spelled it, so messages quote what the user wrote (twin ids included)
     * @param warnings where a broken rule goes when the provider waives it
     */
    static void check(VideoRequest r, ModelSpec spec, String model, ProviderProfile profile, Violations v,
            List<String> warnings) {
        VideoRequest judged = imagesForTextModel(r, spec, model, profile, warnings);
        checkDuration(judged, spec, model, v);
        checkResolution(judged, spec, model, v);
        checkAdaptiveRatio(judged, spec, model, v);
        checkImageRequired(judged, spec, model, v);
        checkReferences(v, "images", judged.images(ImageRole.REFERENCE).size(), spec.maxReferenceImages(),
                GeneralRules.MAX_IMAGES, "reference images", model);
        checkReferences(v, "videos", judged.videos().size(), spec.maxVideos(), GeneralRules.MAX_VIDEOS,
                "reference videos", model);
        checkReferences(v, "audios", judged.audios().size(), spec.maxAudios(), GeneralRules.MAX_AUDIOS,
                "reference audios", model);
        for (Feature feature : FEATURES) {
            if (!feature.requested().test(judged) || feature.supported().test(spec)) {
                continue;
            }
            String rule = feature.unsupportedRule().formatted(model);
            if (feature.waivedBy() != null && profile.has(feature.waivedBy())) {
                warnings.add(feature.field() + " " + rule + ": " + profile.provider() + " ignores it");
            } else {
                v.add(feature.field(), rule);
            }
        }
    }

    /**
     * The request the model rules judge: without its images when the provider takes images for a text-to-video
     * model and lets the model do without them.
     */
    private static VideoRequest imagesForTextModel(VideoRequest r, ModelSpec spec, String model,
            ProviderProfile profile, List<String> warnings) {
        boolean takesNoImages = !spec.firstFrame() && !spec.lastFrame() && spec.maxReferenceImages() == 0;
        if (r.images().isEmpty() || !takesNoImages || !profile.has(ProviderRule.IMAGES_FOR_TEXT_MODELS)) {
            return r;
        }
        warnings.add("images: " + model + " is a text-to-video model; " + profile.provider()
                + " takes the images anyway and decides whether to use them");
        return r.toBuilder().images(List.of()).build();
    }

    private static void checkImageRequired(VideoRequest r, ModelSpec spec, String model, Violations v) {
        if (spec.requiresImage() && r.images().isEmpty() && !GeneralRules.isSet(r.draftTaskId())) {
            v.add("images", model + " generates from images only (image-to-video): give a first frame, a first and"
                    + " a last frame, or reference images");
        }
    }

    private static void checkDuration(VideoRequest r, ModelSpec spec, String model, Violations v) {
        Number duration = r.duration();
        if (duration == null || spec.autoDuration() && r.hasAutoDuration()) {
            return;
        }
        String auto = spec.autoDuration() ? ", or -1 (model chooses)," : "";
        v.between("duration", duration, spec.durationMin(), spec.durationMax(), " seconds" + auto + " for " + model);
    }

    private static void checkResolution(VideoRequest r, ModelSpec spec, String model, Violations v) {
        if (r.resolution() != null && !spec.resolutions().contains(r.resolution())) {
            v.add("resolution", "must be one of " + String.join(", ", spec.resolutions()) + " for " + model
                    + "; got " + r.resolution());
        }
    }

    private static void checkAdaptiveRatio(VideoRequest r, ModelSpec spec, String model, Violations v) {
        if (!GeneralRules.ADAPTIVE.equals(r.ratio())) {
            return;
        }
        String fixed = String.join(", ", GeneralRules.FIXED_RATIOS);
        switch (spec.adaptiveRatio()) {
            case NEVER -> v.add("ratio", "adaptive is not supported by " + model + "; choose one of " + fixed);
            case IMAGE_TO_VIDEO_ONLY -> {
                if (r.images().isEmpty()) {
                    v.add("ratio", "adaptive needs an image (image-to-video) on " + model
                            + "; for text-to-video choose one of " + fixed);
                }
            }
            case ALWAYS -> {
                // every scenario has something to adapt to on these models
            }
        }
    }

    // a model limit no stricter than the universal one would only repeat the universal violation
    private static void checkReferences(Violations v, String field, int count, int max, int universalMax,
            String what, String model) {
        if (count > 0 && max == 0) {
            v.add(field, what + " are not supported by " + model);
        } else if (max < universalMax) {
            v.atMost(field, count, max, what + " for " + model);
        }
    }
}
