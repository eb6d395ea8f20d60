package io.camelseedance.provider;

import java.util.List;
import java.util.stream.Stream;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.ImageRole;
import io.camelseedance.api.VideoRequest;

/**
 * The order in which the gateways read roles from a plain list of image URLs: the first frame, then the last
 * frame, then the reference images.
 */
public final class ImageOrder {

    private ImageOrder() {
    }

    /** The request's image URLs in the order their roles are read from, whatever order the request listed them. */
    public static List<String> urls(VideoRequest r) {
        return Stream.of(ImageRole.FIRST_FRAME, ImageRole.LAST_FRAME, ImageRole.REFERENCE)
                .flatMap(role -> r.images(role).stream())
                .map(ImageInput::url)
                .toList();
    }
}
