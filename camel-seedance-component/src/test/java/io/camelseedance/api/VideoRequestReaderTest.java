package io.camelseedance.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoRequestReaderTest {

    @Test
    void readsEveryFieldFromJson() {
        VideoRequest r = VideoRequestReader.fromJson("""
                {"model":"m","prompt":"p","images":[{"url":"https://a/1.png","role":"first_frame"},
                 {"url":"https://a/2.png","role":"LAST_FRAME"}],"videos":["https://a/v.mp4"],"audios":"https://a/x.mp3",
                 "draftTaskId":"cgt-d","resolution":"720p","ratio":"16:9","duration":5,"frames":57,"seed":4294967295,
                 "cameraFixed":true,"watermark":"false","generateAudio":true,"returnLastFrame":true,"serviceTier":"flex",
                 "executionExpiresAfter":"3600","priority":3,"safetyIdentifier":"u","tools":["web_search"],"draft":true,
                 "outputFormat":"mp4","taskType":"auto","callbackUrl":"https://cb","extra":{"x_y":1}}""");

        assertThat(r.model()).isEqualTo("m");
        assertThat(r.images()).containsExactly(ImageInput.firstFrame("https://a/1.png"),
                ImageInput.lastFrame("https://a/2.png"));
        assertThat(r.videos()).containsExactly("https://a/v.mp4");
        assertThat(r.audios()).containsExactly("https://a/x.mp3");
        assertThat(r.draftTaskId()).isEqualTo("cgt-d");
        assertThat(r.duration()).isEqualTo(5);
        assertThat(r.frames()).isEqualTo(57);
        assertThat(r.seed()).isEqualTo(4294967295L);
        assertThat(r.cameraFixed()).isTrue();
        assertThat(r.watermark()).isFalse();
        assertThat(r.executionExpiresAfter()).isEqualTo(3600);
        assertThat(r.priority()).isEqualTo(3);
        assertThat(r.tools()).containsExactly("web_search");
        assertThat(r.draft()).isTrue();
        assertThat(r.taskType()).isEqualTo("auto");
        assertThat(r.callbackUrl()).isEqualTo("https://cb");
        assertThat(r.extra()).containsEntry("x_y", 1);
    }

    @Test
    void aLonePlainImageIsTheFirstFrameAndSeveralAreReferences() {
        assertThat(VideoRequestReader.fromMap(Map.of("images", List.of("https://a/1.png"))).images())
                .containsExactly(ImageInput.firstFrame("https://a/1.png"));
        assertThat(VideoRequestReader.fromMap(Map.of("images", List.of("https://a/1.png", "https://a/2.png")))
                .images()).extracting(ImageInput::role).containsOnly(ImageRole.REFERENCE);
        assertThat(VideoRequestReader.fromMap(Map.of("images", List.of("https://a/1.png"), "videos",
                List.of("https://a/v.mp4"))).images()).extracting(ImageInput::role).containsOnly(ImageRole.REFERENCE);
    }

    @Test
    void wrongTypesAndUnknownKeysNameTheField() {
        assertThatThrownBy(() -> VideoRequestReader.fromMap(Map.of("duration", "five")))
                .isInstanceOf(SeedanceValidationException.class).hasMessageContaining("duration")
                .hasMessageContaining("number of seconds");
        // a fraction is read as given (Ace Data Cloud takes it), a whole number stays whole
        assertThat(VideoRequestReader.fromMap(Map.of("duration", "4.5")).duration()).isEqualTo(new BigDecimal("4.5"));
        assertThat(VideoRequestReader.fromMap(Map.of("duration", 5.0)).duration()).isEqualTo(5);
        assertThatThrownBy(() -> VideoRequestReader.fromMap(Map.of("watermark", "yes")))
                .isInstanceOf(SeedanceValidationException.class).hasMessageContaining("watermark");
        assertThatThrownBy(() -> VideoRequestReader.fromMap(Map.of("camera_fixed", true)))
                .isInstanceOf(SeedanceValidationException.class).hasMessageContaining("camera_fixed")
                .hasMessageContaining("extra");
        assertThatThrownBy(() -> VideoRequestReader.fromMap(Map.of("images", List.of(Map.of("url", "u", "role",
                "middle"))))).isInstanceOf(SeedanceValidationException.class).hasMessageContaining("middle");
        assertThatThrownBy(() -> VideoRequestReader.fromJson("{not json"))
                .isInstanceOf(SeedanceValidationException.class).hasMessageContaining("body");
    }

    @Test
    void mergeLetsTheMoreSpecificSourceWin() {
        VideoRequest defaults = VideoRequest.builder().model("m").duration(5).resolution("720p").build();
        VideoRequest body = VideoRequest.builder().prompt("p").duration(8).build();

        VideoRequest merged = defaults.toBuilder().mergeFrom(body).build();

        assertThat(merged.model()).isEqualTo("m");
        assertThat(merged.prompt()).isEqualTo("p");
        assertThat(merged.duration()).isEqualTo(8);
        assertThat(merged.resolution()).isEqualTo("720p");
    }

    @Test
    void toStringHidesCallbackUrlsAndLongDataUrls() {
        VideoRequest r = VideoRequest.builder().model("m").callbackUrl("https://host/cb/secret-token-1")
                .firstFrame("data:image/png;base64," + "A".repeat(5000)).build();

        assertThat(r.toString()).doesNotContain("secret-token-1").hasSizeLessThan(300);
    }
}
