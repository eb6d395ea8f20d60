package io.camelseedance.provider.unified;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.provider.RequestField;
import io.camelseedance.provider.UnsupportedFields;

/**
 * What the relay format cannot carry or takes in a narrower range than Ark: the fields its body lacks, duration 5 or
 * 10, seed 0 to 2147483647, a required prompt of at most 800 characters. The relay cuts a longer prompt short rather
 * than refusing it, so that limit is a violation only in strict mode and a warning in lenient mode.
 */
final class UnifiedRules {

    static final int MAX_PROMPT = 800;
    static final long MAX_SEED = 2_147_483_647L;
    static final String KEEP_RATIO = "keep_ratio";

    private static final Logger LOG = LoggerFactory.getLogger(UnifiedRules.class);
    static final Set<RequestField> LACKING = EnumSet.of(RequestField.FRAMES, RequestField.VIDEOS,
            RequestField.AUDIOS, RequestField.DRAFT_TASK_ID, RequestField.DRAFT, RequestField.SERVICE_TIER,
            RequestField.EXECUTION_EXPIRES_AFTER, RequestField.PRIORITY, RequestField.SAFETY_IDENTIFIER,
            RequestField.TOOLS, RequestField.OUTPUT_FORMAT, RequestField.TASK_TYPE, RequestField.CALLBACK_URL);

    private final String provider;

    UnifiedRules(String provider) {
        this.provider = provider;
    }

    List<Violation> check(VideoRequest r, ValidationMode mode) {
        String prompt = r.prompt();
        boolean noPrompt = prompt == null || prompt.isBlank();
        // the relay counts characters, not UTF-16 units: an emoji is one
        int length = noPrompt ? 0 : prompt.codePointCount(0, prompt.length());
        boolean tooLong = length > MAX_PROMPT;
        if (tooLong && mode != ValidationMode.strict) {
            LOG.warn("Seedance {} prompt has {} characters: the relay keeps the first {} and drops the rest",
                    provider, length, MAX_PROMPT);
        }
        Number duration = r.duration();
        Long seed = r.seed();
        return new UnsupportedFields(provider, r)
                .lacking(LACKING)
                .when(noPrompt, "prompt", "requires a prompt")
                .when(tooLong && mode == ValidationMode.strict, "prompt",
                        "takes at most " + MAX_PROMPT + " characters and cuts off the rest; got " + length)
                .when(duration != null && !Integer.valueOf(5).equals(duration) && !Integer.valueOf(10).equals(duration),
                        "duration",
                        "takes 5 or 10 seconds; got " + duration)
                .when(seed != null && (seed < 0 || seed > MAX_SEED), "seed", "takes 0 to " + MAX_SEED + "; got " + seed)
                .when(KEEP_RATIO.equals(r.ratio()) && r.images().isEmpty(), "ratio",
                        "takes " + KEEP_RATIO + " only with an input image, whose ratio it keeps: give an image or"
                                + " choose a ratio")
                .list();
    }
}
