package io.camelseedance.provider.evolink;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelseedance.api.ImageRole;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.provider.ModelFamily;

/**
 * EvoLink names its Seedance 2.0 models per generation mode ({@code seedance-2.0-text-to-video},
 * {@code seedance-2.0-fast-image-to-video}, ...). Given a family instead ({@code seedance-2.0}, or any catalog id of
 * the family, such as Ark's {@code dreamina-seedance-2-0-260128}), the mode is read from the inputs: reference
 * media make it reference-to-video, frames image-to-video, nothing text-to-video.
 */
final class EvoLinkModels {

    /** What a model generates from; its name ends in the mode's. */
    enum Mode {
        TEXT,
        IMAGE,
        REFERENCE;

        /** How a model of this mode's name ends, e.g. {@code text-to-video}. */
        String suffix() {
            return name().toLowerCase(Locale.ROOT) + "-to-video";
        }
    }

    private static final Pattern PER_MODE = Pattern.compile("seedance-2\\.0(?:-fast)?-(text|image|reference)-to-video");

    private EvoLinkModels() {
    }

    /** The mode the request's inputs call for. */
    static Mode modeOf(VideoRequest r) {
        if (!r.images(ImageRole.REFERENCE).isEmpty() || !r.videos().isEmpty() || !r.audios().isEmpty()) {
            return Mode.REFERENCE;
        }
        return r.images().isEmpty() ? Mode.TEXT : Mode.IMAGE;
    }

    /** The mode a per-mode model id names, or empty for any other id. */
    static Optional<Mode> namedMode(String model) {
        Matcher m = model == null ? null : PER_MODE.matcher(model.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Mode.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }

    /**
     * The model to send: a per-mode id as given, a Seedance 2.0 family's model for the inputs' mode, any other id
     * verbatim (a model this version does not know yet).
     */
    static String wireModel(VideoRequest r, ModelFamily families) {
        String model = r.model() == null ? null : r.model().trim();
        if (model == null || namedMode(model).isPresent()) {
            return model;
        }
        return families.seedance20(model).map(family -> family + "-" + modeOf(r).suffix()).orElse(model);
    }
}
