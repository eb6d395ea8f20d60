package io.camelseedance.provider.evolink;

import io.camelseedance.api.VideoRequest;

/**
 * EvoLink's documented examples written as neutral requests; {@code src/test/resources/evolink/} holds the JSON each
 * must become.
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

    /** EvoLink's first-and-last-frame example, from the family name: the frames choose image-to-video. */
    public static VideoRequest imageToVideo() {
        return VideoRequest.builder().model("seedance-2.0").prompt("The camera slowly zooms in")
                .lastFrame("https://example.com/last.jpg").firstFrame("https://example.com/first.jpg")
                .duration(5).resolution("720p").ratio("adaptive").generateAudio(true)
                .callbackUrl("https://my.host/evolink/cb").build();
    }

    /** EvoLink's reference media examples, from Ark's model id: the references choose reference-to-video. */
    public static VideoRequest referenceToVideo() {
        return VideoRequest.builder().model("dreamina-seedance-2-0-260128")
                .prompt("The cat of @Image1 plays to @Audio1, framed like @Video1")
                .referenceImage("https://example.com/image1.jpg").video("https://example.com/reference.mp4")
                .audio("https://example.com/bgm.mp3").duration(8).resolution("480p").ratio("16:9").build();
    }
}
