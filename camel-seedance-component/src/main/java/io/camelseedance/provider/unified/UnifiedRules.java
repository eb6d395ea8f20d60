package io.camelseedance.provider.unified;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.provider.RequestField;

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
    private static final Set<RequestField> LACKING = EnumSet.of(RequestField.FRAMES, RequestField.VIDEOS,
            RequestField.AUDIOS, RequestField.DRAFT_TASK_ID, RequestField.DRAFT, RequestField.SERVICE_TIER,
            RequestField.EXECUTION_EXPIRES_AFTER, RequestField.PRIORITY, RequestField.SAFETY_IDENTIFIER,
            RequestField.TOOLS, RequestField.OUTPUT_FORMAT, RequestField.TASK_TYPE, RequestField.CALLBACK_URL);

    private final String provider;

    UnifiedRules(String provider) {
        this.provider = provider;
    }

    List<Violation> check(VideoRequest r, ValidationMode mode) {
        List<Violation> violations = new ArrayList<>(RequestField.unsupported(provider, r, LACKING));
        checkPrompt(r.prompt(), mode, violations);
        Integer duration = r.duration();
        if (duration != null && duration != 5 && duration != 10) {
            violations.add(new Violation("duration", provider + " takes 5 or 10 seconds; got " + duration));
        }
        Long seed = r.seed();
        if (seed != null && (seed < 0 || seed > MAX_SEED)) {
            violations.add(new Violation("seed", provider + " takes 0 to " + MAX_SEED + "; got " + seed));
        }
        if (KEEP_RATIO.equals(r.ratio()) && r.images().isEmpty()) {
            violations.add(new Violation("ratio", KEEP_RATIO + " keeps the ratio of the input image: give an image"
                    + " or choose a ratio"));
        }
        return violations;
    }

    private void checkPrompt(String prompt, ValidationMode mode, List<Violation> violations) {
        if (prompt == null || prompt.isBlank()) {
            violations.add(new Violation("prompt", provider + " requires a prompt"));
            return;
        }
        // the relay counts characters, not UTF-16 units: an emoji is one
        int length = prompt.codePointCount(0, prompt.length());
        if (length <= MAX_PROMPT) {
            return;
        }
        if (mode == ValidationMode.strict) {
            violations.add(new Violation("prompt", provider + " takes at most " + MAX_PROMPT
                    + " characters and cuts off the rest; got " + length));
        } else {
            LOG.warn("Seedance {} prompt has {} characters: the relay keeps the first {} and drops the rest",
                    provider, length, MAX_PROMPT);
        }
    }
}
