package io.camelseedance.provider.apimart;

import io.camelseedance.api.VideoRequest;

import static io.camelseedance.provider.Fixtures.json;

/**
 * APIMart's documented examples written as neutral requests; {@code src/test/resources/apimart/} holds the JSON each
 * must become.
 */
public final class ApiMartExamples {

    private ApiMartExamples() {
    }

    /** APIMart's first-frame example as a neutral request. */
    public static VideoRequest imageToVideo() {
        return VideoRequest.builder().model("doubao-seedance-2.0")
                .prompt("The kitten stands up and walks toward the camera").firstFrame("https://example.com/cat.jpg")
                .duration(5).build();
    }

    /** APIMart's reference video and audio example, from Ark's model id. */
    public static VideoRequest referenceVideoAudio() {
        return VideoRequest.builder().model("dreamina-seedance-2-0-260128").prompt("A scene of a person speaking")
                .video("https://example.com/reference.mp4").audio("https://example.com/speech.wav").ratio("16:9")
                .duration(11).build();
    }

    /** APIMart's text-to-video-with-dialogue example, from the family name. */
    public static VideoRequest textToVideoAudio() {
        return VideoRequest.builder().model("seedance-2.0")
                .prompt("A man stops a woman and says: \"Remember, you must never point your finger at the moon.\"")
                .generateAudio(true).build();
    }

    /** APIMart's multi-modal advertisement example (case 9): reference images beside a reference video and audio. */
    public static VideoRequest multimodal() {
        String prompt = json("apimart/create-multimodal.json").get("prompt").asText();
        return VideoRequest.builder().model("doubao-seedance-2.0").prompt(prompt)
                .referenceImage("https://example.com/tea_pic1.jpg").referenceImage("https://example.com/tea_pic2.jpg")
                .video("https://example.com/tea_video1.mp4").audio("https://example.com/tea_audio1.mp3")
                .generateAudio(true).ratio("16:9").duration(11).build();
    }
}
