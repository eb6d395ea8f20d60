package io.camelseedance.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.ImageRole;
import io.camelseedance.api.VideoRequest;

/**
 * The rules every Seedance model shares. They hold for model ids the catalog does not know too, which is why they
 * are kept apart from the catalog-driven {@link ModelRules}.
 */
final class GeneralRules {

    static final String ADAPTIVE = "adaptive";
    static final List<String> FIXED_RATIOS = List.of("16:9", "4:3", "1:1", "3:4", "9:16", "21:9");
    static final String FLEX = "flex";
    static final String WEB_SEARCH = "web_search";
    static final int MAX_IMAGES = 9;
    static final int MAX_VIDEOS = 3;
    static final int MAX_AUDIOS = 3;

    private static final List<String> RATIOS = Stream.concat(FIXED_RATIOS.stream(), Stream.of(ADAPTIVE)).toList();
    private static final List<String> SERVICE_TIERS = List.of("default", FLEX);
    private static final String DRAFT_RESOLUTION = "480p";

    // frames give fractional-second lengths at 24 fps, but only on the grid the provider documents
    private static final int FRAMES_MIN = 29;
    private static final int FRAMES_MAX = 289;
    private static final int FRAMES_BASE = 25;
    private static final int FRAMES_STEP = 4;

    private static final int MAX_SAFETY_IDENTIFIER = 64;
    private static final long SEED_MAX = 4_294_967_295L;

    private static final Pattern REMOTE_URL = Pattern.compile("(?i)(?:https?|asset)://\\S+");
    private static final Pattern DATA_IMAGE = Pattern.compile("(?i)data:image/[a-z0-9.+-]+;base64,");

    private GeneralRules() {
    }

    static void check(VideoRequest r, ProviderProfile profile, Violations v) {
        checkLength(r, profile, v);
        checkRatio(r, profile.extraRatios(), v);
        checkMediaCounts(r, v);
        checkScenario(r, v);
        checkMediaUrls(r, v);
        checkService(r, v);
        checkTools(r, profile, v);
        checkDraft(r, v);
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static void checkLength(VideoRequest r, ProviderProfile profile, Violations v) {
        Integer frames = r.frames();
        if (frames != null
                && (frames < FRAMES_MIN || frames > FRAMES_MAX || (frames - FRAMES_BASE) % FRAMES_STEP != 0)) {
            v.add("frames", "must be 25 + 4n between 29 and 289 (29, 33, 37, ..., 289); got " + frames);
        }
        // where frames win, the pair is the business of IgnoredFields
        if (frames != null && r.duration() != null && !profile.has(ProviderRule.FRAMES_OVERRIDE_DURATION)) {
            v.add("frames", "cannot be combined with duration on " + profile.provider()
                    + ": the two are mutually exclusive, set one of them");
        }
        Number duration = r.duration();
        if (r.hasFractionalDuration() && !profile.has(ProviderRule.FRACTIONAL_DURATION)) {
            v.add("duration", "must be a whole number of seconds on " + profile.provider()
                    + " (only Ace Data Cloud takes fractions); got " + duration);
        } else if (duration != null && !r.hasAutoDuration() && duration.doubleValue() < 1) {
            v.add("duration", "must be at least 1 second, or -1 (model chooses); got " + duration);
        }
    }

    private static void checkRatio(VideoRequest r, Set<String> extraRatios, Violations v) {
        if (r.ratio() != null && !RATIOS.contains(r.ratio()) && !extraRatios.contains(r.ratio())) {
            List<String> accepted = Stream.concat(RATIOS.stream(), extraRatios.stream().sorted()).toList();
            v.add("ratio", "must be one of " + String.join(", ", accepted) + "; got " + r.ratio());
        }
    }

    private static void checkMediaCounts(VideoRequest r, Violations v) {
        v.atMost("images", r.images().size(), MAX_IMAGES, "images in total");
        v.atMost("images", r.images(ImageRole.FIRST_FRAME).size(), 1, "first frame");
        v.atMost("images", r.images(ImageRole.LAST_FRAME).size(), 1, "last frame");
        v.atMost("videos", r.videos().size(), MAX_VIDEOS, "reference videos");
        v.atMost("audios", r.audios().size(), MAX_AUDIOS, "reference audios");
    }

    // the provider accepts a fixed set of input combinations; anything else costs a rejected round trip
    private static void checkScenario(VideoRequest r, Violations v) {
        boolean firstFrame = !r.images(ImageRole.FIRST_FRAME).isEmpty();
        boolean lastFrame = !r.images(ImageRole.LAST_FRAME).isEmpty();
        boolean referenceImages = !r.images(ImageRole.REFERENCE).isEmpty();
        boolean media = !r.images().isEmpty() || !r.videos().isEmpty() || !r.audios().isEmpty();
        boolean prompt = isSet(r.prompt());
        boolean draftTask = isSet(r.draftTaskId());

        if (!r.audios().isEmpty() && r.images().isEmpty() && r.videos().isEmpty()) {
            v.add("audios", "need at least one image or video alongside: audio cannot be the only reference");
        }
        if (lastFrame && !firstFrame) {
            v.add("images", "a last frame needs a first frame");
        }
        if ((firstFrame || lastFrame) && (referenceImages || !r.videos().isEmpty() || !r.audios().isEmpty())) {
            v.add("images", "first and last frames cannot be combined with reference images, videos or audios:"
                    + " image-to-video and multimodal reference are different scenarios");
        }
        if (!prompt && r.images().isEmpty() && r.videos().isEmpty() && !draftTask) {
            v.add("prompt", "is required unless an image, a video or a draft task id is given:"
                    + " there is nothing to generate from");
        }
        if (draftTask && (prompt || media)) {
            v.add("draftTaskId", "renders a draft on its own: leave out the prompt, images, videos and audios");
        }
        if (Boolean.TRUE.equals(r.cameraFixed()) && referenceImages) {
            v.add("cameraFixed", "cannot be used with reference images");
        }
    }

    private static void checkMediaUrls(VideoRequest r, Violations v) {
        checkUrls("images", r.images().stream().map(ImageInput::url).toList(), true, v);
        checkUrls("videos", r.videos(), false, v);
        checkUrls("audios", r.audios(), false, v);
    }

    private static void checkUrls(String field, List<String> urls, boolean dataImages, Violations v) {
        String accepted = dataImages
                ? "an http(s) URL, an asset:// id or a data:image/<format>;base64, URL"
                : "an http(s) URL or an asset:// id";
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            boolean ok = REMOTE_URL.matcher(url).matches() || dataImages && DATA_IMAGE.matcher(url).lookingAt();
            if (!ok) {
                v.add(field, "item " + (i + 1) + " must be " + accepted + "; got " + describeScheme(url));
            }
        }
    }

    // only the scheme is echoed: the rest of a URL may be a presigned token or megabytes of base64
    private static String describeScheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || colon > 16) {
            return "a value without a URL scheme";
        }
        return "scheme " + url.substring(0, colon).toLowerCase(Locale.ROOT) + ":";
    }

    private static void checkService(VideoRequest r, Violations v) {
        v.between("executionExpiresAfter", r.executionExpiresAfter(), 3600, 259_200, " seconds (1 to 72 hours)");
        v.between("priority", r.priority(), 0, 9, "");
        if (r.priority() != null && FLEX.equals(r.serviceTier())) {
            v.add("priority", "cannot be used with serviceTier flex: offline inference has no priority queue");
        }
        if (r.serviceTier() != null && !SERVICE_TIERS.contains(r.serviceTier())) {
            v.add("serviceTier", "must be one of " + String.join(", ", SERVICE_TIERS) + "; got " + r.serviceTier());
        }
        if (r.safetyIdentifier() != null && r.safetyIdentifier().length() > MAX_SAFETY_IDENTIFIER) {
            v.add("safetyIdentifier", "must be at most " + MAX_SAFETY_IDENTIFIER + " characters; got "
                    + r.safetyIdentifier().length());
        }
        v.between("seed", r.seed(), -1, SEED_MAX, " (-1: random)");
    }

    private static void checkTools(VideoRequest r, ProviderProfile profile, Violations v) {
        r.tools().stream().filter(tool -> !WEB_SEARCH.equals(tool)).forEach(
                tool -> v.add("tools", "only " + WEB_SEARCH + " is supported; got " + tool));
        if (r.tools().contains(WEB_SEARCH) && profile.has(ProviderRule.NO_WEB_SEARCH)) {
            v.add("tools", WEB_SEARCH + " is not available on " + profile.provider()
                    + ": its overseas nodes do not support it (Volcengine Ark does)");
        }
    }

    // a draft is a cheap 480p preview, so the features that make the final render dearer do not apply to it
    private static void checkDraft(VideoRequest r, Violations v) {
        if (!Boolean.TRUE.equals(r.draft())) {
            return;
        }
        if (r.resolution() != null && !DRAFT_RESOLUTION.equals(r.resolution())) {
            v.add("resolution", "must be " + DRAFT_RESOLUTION + " in draft mode; got " + r.resolution());
        }
        if (Boolean.TRUE.equals(r.returnLastFrame())) {
            v.add("returnLastFrame", "is not available in draft mode");
        }
        if (FLEX.equals(r.serviceTier())) {
            v.add("serviceTier", "flex is not available in draft mode");
        }
    }
}
