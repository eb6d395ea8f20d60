package io.camelseedance.provider.unified;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.provider.JsonSupport;

import static io.camelseedance.provider.JsonSupport.putIfSet;

/**
 * Writes a neutral request as the relay's {@code POST /v2/videos/generations} body: flat snake_case fields (with
 * Ark's {@code camerafixed} spelling) and the images as a plain list of URLs. Unset fields are omitted so the relay's
 * defaults apply, except {@code images}, which the format marks required and is sent empty for text-to-video.
 */
final class UnifiedRequestWriter {

    /** A top-level wire field and the neutral value it carries. */
    private record Field(String wireName, Function<VideoRequest, Object> value) {
    }

    // in the order the format documents them; images go between model and duration
    private static final List<Field> BEFORE_IMAGES = List.of(new Field("prompt", VideoRequest::prompt),
            new Field("model", VideoRequest::model));
    private static final List<Field> AFTER_IMAGES = List.of(new Field("duration", VideoRequest::duration),
            new Field("resolution", VideoRequest::resolution), new Field("ratio", VideoRequest::ratio),
            new Field("watermark", VideoRequest::watermark), new Field("seed", VideoRequest::seed),
            new Field("camerafixed", VideoRequest::cameraFixed),
            new Field("return_last_frame", VideoRequest::returnLastFrame),
            new Field("generate_audio", VideoRequest::generateAudio));

    /** The body as JSON text. */
    String write(VideoRequest r) {
        ObjectNode body = JsonSupport.MAPPER.createObjectNode();
        BEFORE_IMAGES.forEach(field -> putIfSet(body, field.wireName(), field.value().apply(r)));
        ArrayNode images = body.putArray("images");
        // the list has no roles, the model reads them from the order: first frame, last frame, then references
        r.images().stream().sorted(Comparator.comparing(ImageInput::role)).forEach(image -> images.add(image.url()));
        AFTER_IMAGES.forEach(field -> putIfSet(body, field.wireName(), field.value().apply(r)));
        r.extra().forEach((name, value) -> putIfSet(body, name, value));
        return JsonSupport.write(body);
    }
}
