package io.camelseedance.provider.unified;

import io.camelseedance.api.VideoRequest;

/** The relay format's documented example requests, written as neutral requests. */
public final class UnifiedExamples {

    public static final String DEMO_IMAGE = "https://webstatic.aiproxy.vip/dist/demo.jpg";

    /** The format document's own example: its wire form is {@code unified/create-seed-example.json}. */
    public static VideoRequest seedExample() {
        return VideoRequest.builder().prompt("dance").model("doubao-seedance-1-0-lite-t2v-250428")
                .firstFrame(DEMO_IMAGE).build();
    }

    /** The family's image-to-video example with every optional field: {@code unified/create-i2v.json}. */
    public static VideoRequest imageToVideoExample() {
        return VideoRequest.builder().prompt("dance").model("doubao-seedance-1-0-lite-i2v-250428")
                .firstFrame(DEMO_IMAGE).duration(5).resolution("720p").ratio("adaptive").watermark(false)
                .cameraFixed(false).returnLastFrame(true).build();
    }

    private UnifiedExamples() {
    }
}
