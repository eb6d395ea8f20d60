package io.camelseedance.provider.apimart;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.ImageRole;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.provider.ImageOrder;
import io.camelseedance.provider.JsonBody;
import io.camelseedance.provider.JsonSupport;
import io.camelseedance.provider.ModelFamily;

/**
 * Writes a neutral request as the body of APIMart's {@code POST /v1/videos/generations}. Images go where APIMart
 * reads their role without being told: a first (and last) frame, or reference images beside reference videos or
 * audios, as {@code image_urls}; reference images alone, which {@code image_urls} would read as frames, as
 * {@code image_with_roles}.
 */
final class ApiMartRequestWriter {

    private final ModelFamily families;

    ApiMartRequestWriter(ModelFamily families) {
        this.families = families;
    }

    String write(VideoRequest r) {
        JsonBody body = new JsonBody()
                .put("model", ApiMartModels.wireModel(r.model(), families))
                .put("prompt", r.prompt());
        List<ImageInput> references = r.images(ImageRole.REFERENCE);
        boolean referenceMedia = !r.videos().isEmpty() || !r.audios().isEmpty();
        if (!references.isEmpty() && !referenceMedia) {
            ArrayNode withRoles = body.node().putArray("image_with_roles");
            references.forEach(image -> withRoles.addObject().put("url", image.url()).put("role", "reference_image"));
        } else {
            body.urls("image_urls", ImageOrder.urls(r));
        }
        return body.urls("video_urls", r.videos())
                .urls("audio_urls", r.audios())
                .put("generate_audio", r.generateAudio())
                .put("size", r.ratio())
                .put("resolution", r.resolution())
                .put("duration", r.duration())
                .put("return_last_frame", r.returnLastFrame())
                .put("tools", r.tools().isEmpty() ? null : tools(r.tools()))
                .extra(r.extra())
                .json();
    }

    private static ArrayNode tools(List<String> tools) {
        ArrayNode array = JsonSupport.MAPPER.createArrayNode();
        tools.forEach(tool -> array.addObject().put("type", tool));
        return array;
    }
}
