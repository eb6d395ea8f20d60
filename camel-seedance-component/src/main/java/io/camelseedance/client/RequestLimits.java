package io.camelseedance.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.VideoRequest;

/**
 * The sizes a create may have, checked on every create before anything is sent, whatever the validation mode: how
 * deep the pass-through {@code extra} fields nest, how long the prompt is, how large an inline ({@code data:}) image
 * is and how large the request body is. Where a provider documents a limit, it is the one below, with its source;
 * where it documents none, the configurable {@link Caps} apply.
 */
public final class RequestLimits {

    /**
     * How deep an {@code extra} value may nest. Every provider field is at most a few levels deep; a value nested
     * thousands of levels deep is an attack on whoever writes or reads it (a stack overflow), not a request.
     */
    static final int MAX_EXTRA_DEPTH = 64;

    private static final long MB = 1024L * 1024;

    // Ark's image_url items: "< 30 MB" per image; the whole request body at most 64 MB. Source: the provider digest
    // (PROVIDERS.md 2.4, content[] items, from the BytePlus ModelArk document and EvoLink's copy of the same rules).
    private static final long ARK_IMAGE_BYTES = 30 * MB;
    private static final long ARK_REQUEST_BYTES = 64 * MB;
    // Ace Data Cloud's create: "content[].text maxLength 1000" (its OpenAPI, PROVIDERS.md 3); Ace forwards the body
    // to Volcengine Ark, so Ark's image and body limits hold there too.
    private static final int ACE_PROMPT_CHARS = 1000;
    // EvoLink's create (seed 003, "Image requirements"): images of at most 30 MB, a request body of at most 64 MB.
    private static final long EVOLINK_IMAGE_BYTES = 30 * MB;
    private static final long EVOLINK_REQUEST_BYTES = 64 * MB;

    /**
     * The limits that apply where a provider documents none.
     *
     * @param maxPromptLength characters (code points) of the prompt
     * @param maxImageSize    bytes of one inline image (decoded)
     * @param maxRequestSize  bytes of the request body as sent (UTF-8)
     */
    public record Caps(int maxPromptLength, long maxImageSize, long maxRequestSize) {

        public static final int DEFAULT_PROMPT_LENGTH = 10_000;
        public static final long DEFAULT_IMAGE_SIZE = 30 * MB;
        public static final long DEFAULT_REQUEST_SIZE = 64 * MB;

        public Caps {
            if (maxPromptLength < 1 || maxImageSize < 1 || maxRequestSize < 1) {
                throw new IllegalArgumentException("maxPromptLength, maxImageSize and maxRequestSize must be positive");
            }
        }

        public static Caps defaults() {
            return new Caps(DEFAULT_PROMPT_LENGTH, DEFAULT_IMAGE_SIZE, DEFAULT_REQUEST_SIZE);
        }
    }

    /** One limit and where it comes from, for the message. */
    private record Limit(long value, String source) {
    }

    private final String provider;
    private final Limit prompt;
    private final Limit image;
    private final Limit request;

    private RequestLimits(String provider, Limit prompt, Limit image, Limit request) {
        this.provider = provider;
        this.prompt = prompt;
        this.image = image;
        this.request = request;
    }

    /** The limits of a provider, by its id, with the caps where it documents none. */
    public static RequestLimits of(String provider, Caps caps) {
        Limit promptCap = new Limit(caps.maxPromptLength(), "the maxPromptLength option");
        Limit imageCap = new Limit(caps.maxImageSize(), "the maxImageSize option");
        Limit requestCap = new Limit(caps.maxRequestSize(), "the maxRequestSize option");
        String documented = "documented by " + provider;
        return switch (provider) {
            case "byteplus", "volcengine" -> new RequestLimits(provider, promptCap,
                    new Limit(ARK_IMAGE_BYTES, documented), new Limit(ARK_REQUEST_BYTES, documented));
            case "acedata" -> new RequestLimits(provider, new Limit(ACE_PROMPT_CHARS, documented),
                    new Limit(ARK_IMAGE_BYTES, "of Ark, which acedata forwards to"),
                    new Limit(ARK_REQUEST_BYTES, "of Ark, which acedata forwards to"));
            case "evolink" -> new RequestLimits(provider, promptCap, new Limit(EVOLINK_IMAGE_BYTES, documented),
                    new Limit(EVOLINK_REQUEST_BYTES, documented));
            default -> new RequestLimits(provider, promptCap, imageCap, requestCap);
        };
    }

    /** Checks the request itself; call before writing it, which a too deep value would break. */
    public void check(VideoRequest r) {
        List<Violation> violations = new ArrayList<>();
        r.extra().forEach((field, value) -> {
            if (tooDeep(value, 1)) {
                violations.add(new Violation("extra." + field,
                        "nests deeper than " + MAX_EXTRA_DEPTH + " levels, which no provider field does"));
            }
        });
        if (r.prompt() != null) {
            long length = r.prompt().codePointCount(0, r.prompt().length());
            if (length > prompt.value()) {
                violations.add(new Violation("prompt", "takes at most " + prompt.value() + " characters ("
                        + prompt.source() + "); got " + length));
            }
        }
        List<ImageInput> images = r.images();
        for (int i = 0; i < images.size(); i++) {
            long size = inlineSize(images.get(i).url());
            if (size > image.value()) {
                violations.add(new Violation("images[" + i + "]", "an inline image takes at most "
                        + bytes(image.value()) + " (" + image.source() + "); got " + bytes(size)));
            }
        }
        if (!violations.isEmpty()) {
            throw new SeedanceValidationException(violations);
        }
    }

    /** Checks the body as it would be sent. */
    public void checkBody(String json) {
        long size = json == null ? 0 : utf8Length(json);
        if (size > request.value()) {
            throw new SeedanceValidationException("request", provider + " takes a request body of at most "
                    + bytes(request.value()) + " (" + request.source() + "); this one is " + bytes(size));
        }
    }

    /** Whether a value nests deeper than allowed; the walk stops at the limit, so it cannot overflow the stack. */
    private static boolean tooDeep(Object value, int depth) {
        if (depth > MAX_EXTRA_DEPTH) {
            return true;
        }
        Iterable<?> children;
        if (value instanceof Map<?, ?> map) {
            children = map.values();
        } else if (value instanceof Collection<?> collection) {
            children = collection;
        } else if (value instanceof Object[] array) {
            children = List.of(array);
        } else if (value instanceof JsonNode node && node.isContainerNode()) {
            children = node;
        } else {
            return false;
        }
        for (Object child : children) {
            if (tooDeep(child, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The decoded size of a {@code data:...;base64,} URL; 0 for a URL that points elsewhere. */
    private static long inlineSize(String url) {
        int comma = url.indexOf(',');
        if (!url.regionMatches(true, 0, "data:", 0, 5) || comma < 0) {
            return 0;
        }
        long encoded = url.length() - comma - 1L;
        if (!url.substring(0, comma).endsWith(";base64")) {
            return encoded;
        }
        int padding = url.endsWith("==") ? 2 : url.endsWith("=") ? 1 : 0;
        return encoded / 4 * 3 - padding;
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String bytes(long bytes) {
        return bytes >= MB && bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
    }
}
