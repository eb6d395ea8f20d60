package io.camelseedance.provider.evolink;

import io.camelseedance.api.VideoRequest;

/**
 * EvoLink's documented examples written as neutral requests, for the dialect's own tests; the JSON each must become
 * is checked over HTTP by the provider contract suite ({@code src/test/resources/contract/evolink/}).
 */
public final class EvoLinkExamples {

    private EvoLinkExamples() {
    }

    /** EvoLink's text-to-video example, the values of its parameter reference, as a neutral request. */
    public static VideoRequest textToVideo() {
        return VideoRequest.builder().model("seedance-2.0-text-to-video")
                .prompt("一只猫在钢琴上弹奏月光奏鸣曲,电影感光影,特写镜头").duration(8).resolution("720p").ratio("16:9")
                .generateAudio(true).callbackUrl("https://your-domain.com/webhooks/video-task-completed").build();
    }

}
