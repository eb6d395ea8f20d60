package io.camelseedance.provider.evolink;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.api.VideoRequest;
import io.camelseedance.provider.ImageOrder;
import io.camelseedance.provider.JsonBody;
import io.camelseedance.provider.JsonSupport;
import io.camelseedance.provider.ModelFamily;

/**
 * Writes a neutral request as the body of EvoLink's {@code POST /v1/videos/generations}. The image roles are not
 * written: EvoLink reads them from the model, one or two images of an image-to-video model being the first and the
 * last frame, every image of a reference-to-video model a reference.
 */
final class EvoLinkRequestWriter {

    private static final String WEB_SEARCH = "web_search";

    private final ModelFamily families;

    EvoLinkRequestWriter(ModelFamily families) {
        this.families = families;
    }

    String write(VideoRequest r) {
        JsonBody body = new JsonBody()
                .put("model", EvoLinkModels.wireModel(r, families))
                .put("prompt", r.prompt())
                .urls("image_urls", ImageOrder.urls(r))
                .urls("video_urls", r.videos())
                .urls("audio_urls", r.audios())
                .put("duration", r.duration())
                .put("quality", r.resolution())
                .put("aspect_ratio", r.ratio())
                .put("generate_audio", r.generateAudio());
        if (r.tools().contains(WEB_SEARCH)) {
            ObjectNode params = JsonSupport.MAPPER.createObjectNode().put(WEB_SEARCH, true);
            body.set("model_params", params);
        }
        return body.put("callback_url", r.callbackUrl()).extra(r.extra()).json();
    }
}
