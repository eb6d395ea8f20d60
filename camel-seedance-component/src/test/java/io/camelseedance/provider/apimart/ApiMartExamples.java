package io.camelseedance.provider.apimart;

import io.camelseedance.api.VideoRequest;

/**
 * APIMart's documented examples written as neutral requests, for the dialect's own tests; the JSON each must become
 * is checked over HTTP by the provider contract suite ({@code src/test/resources/contract/apimart/}).
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

    /** APIMart's text-to-video-with-dialogue example, from the family name. */
    public static VideoRequest textToVideoAudio() {
        return VideoRequest.builder().model("seedance-2.0")
                .prompt("A man stops a woman and says: \"Remember, you must never point your finger at the moon.\"")
                .generateAudio(true).build();
    }

}
