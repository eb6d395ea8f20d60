package io.camelseedance.simulator.evolink;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of EvoLink's Seedance 2.0 models, {@code seedance-2.0[-fast]-<mode>-to-video}: one per generation mode, each in
 * a standard and a fast version. The mode decides which media a request may carry; the version, which Ark model
 * runs it.
 *
 * @param id   the model id
 * @param mode what it generates from
 * @param fast whether it is the fast version
 */
record EvoLinkModel(String id, Mode mode, boolean fast) {

    /** What a model generates from. */
    enum Mode {
        /** The prompt alone; web search may help. */
        TEXT,
        /** One image as the first frame, or two as the first and the last. */
        IMAGE,
        /** Up to 9 reference images, 3 videos and 3 audios. */
        REFERENCE
    }

    private static final Pattern ID = Pattern.compile("seedance-2\\.0(-fast)?-(text|image|reference)-to-video");
    // the Volcengine ids: EvoLink offers web_search, which BytePlus' overseas nodes lack (seed 001)
    private static final String ARK_STANDARD = "doubao-seedance-2-0-260128";
    private static final String ARK_FAST = "doubao-seedance-2-0-fast-260128";

    static Optional<EvoLinkModel> byId(String id) {
        Matcher m = ID.matcher(id);
        return m.matches()
                ? Optional.of(new EvoLinkModel(id, Mode.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                        m.group(1) != null))
                : Optional.empty();
    }

    /** The Ark model EvoLink runs this one on. */
    String arkModel() {
        return fast ? ARK_FAST : ARK_STANDARD;
    }
}
