package io.camelseedance.provider.unified;

import io.camelseedance.api.VideoRequest;

/** The relay format's documented example requests, written as neutral requests. */
public final class UnifiedExamples {

    public static final String DEMO_IMAGE = "https://webstatic.aiproxy.vip/dist/demo.jpg";

    /** The format document's own example; its wire form is checked by the contract suite ({@code contract/unified/}). */
    public static VideoRequest seedExample() {
        return VideoRequest.builder().prompt("dance").model("doubao-seedance-1-0-lite-t2v-250428")
                .firstFrame(DEMO_IMAGE).build();
    }

    private UnifiedExamples() {
    }
}
