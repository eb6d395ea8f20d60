package io.camelseedance.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.Providers;

import static io.camelseedance.catalog.ValidationCases.SEEDANCE_2_0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 003's media requirements, held against what the component can see before it pays: inline images by their
 * bytes, inline videos and audios by their declared type and size, the request's total, URLs by their extension.
 */
class MediaRulesTest {

    private static final ProviderProfile SEED_003 = new ProviderProfile("evolink", Set.of(),
            Set.of(), MediaLimits.SEED_003);

    private final RequestValidator validator = new RequestValidator();

    @ParameterizedTest
    @EnumSource(value = ValidationMode.class, names = {"strict", "lenient"})
    void anImageWithinTheBoundsPasses(ValidationMode mode) {
        assertThat(violations(mode, SEED_003, image(TestImages.dataUrl("png", 640, 640)))).isEmpty();
        assertThat(violations(mode, SEED_003, image(TestImages.dataUrl("jpeg", 300, 750)))).isEmpty();
    }

    @Test
    void anImageOutOfThePixelBoundsIsRefused() {
        assertThat(violations(ValidationMode.lenient, SEED_003, image(TestImages.dataUrl("png", 299, 400))))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("images[0]");
                    assertThat(v.rule()).contains("300 to 6000 pixels", "299x400");
                });
    }

    @Test
    void anImageOutOfTheAspectBoundsIsRefused() {
        assertThat(violations(ValidationMode.strict, SEED_003, image(TestImages.dataUrl("png", 1000, 300))))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("images[0]");
                    assertThat(v.rule()).contains("0.4 to 2.5", "1000x300");
                });
    }

    @Test
    void anImageOfAnotherFormatIsRefused() {
        assertThat(violations(ValidationMode.strict, SEED_003, image(TestImages.dataUrl("gif", 640, 640))))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("images[0]");
                    assertThat(v.rule()).contains("jpeg, png, webp", "gif");
                });
        assertThat(violations(ValidationMode.strict, SEED_003, image("data:image/png;base64,AAAAAAAA")))
                .extracting(Violation::field).containsExactly("images[0]");
    }

    @Test
    void anImageTakesAtMost30Megabytes() {
        assertThat(violations(ValidationMode.strict, SEED_003, image(TestImages.bigDataUrl("image/png", 29))))
                .isEmpty();
        assertThat(violations(ValidationMode.strict, SEED_003, image(TestImages.bigDataUrl("image/png", 31))))
                .singleElement().satisfies(v -> assertThat(v.rule()).contains("at most 30 MB"));
    }

    @Test
    void theWholeRequestTakesAtMost64Megabytes() {
        String image = TestImages.bigDataUrl("image/png", 22);
        VideoRequest.Builder three = VideoRequest.builder().model(SEEDANCE_2_0).prompt("three")
                .referenceImage(image).referenceImage(image);

        assertThat(violations(ValidationMode.strict, SEED_003, three)).isEmpty();
        assertThat(violations(ValidationMode.strict, SEED_003, three.referenceImage(image)))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("request");
                    assertThat(v.rule()).contains("at most 64 MB per request");
                });
    }

    @Test
    void aUrlsExtensionIsAWarningOnly() {
        Verdict gif = validator.review(image("https://example.com/cat.gif").build(), ValidationMode.strict,
                SEED_003);
        Verdict png = validator.review(image("https://example.com/cat.png?v=2").build(), ValidationMode.strict,
                SEED_003);

        assertThat(gif.violations()).isEmpty();
        assertThat(gif.warnings()).singleElement().asString().contains("images[0]", ".gif", "jpeg, png, webp");
        assertThat(png.warnings()).isEmpty();
        VideoRequest.Builder media = VideoRequest.builder().model(SEEDANCE_2_0).prompt("again")
                .video("https://example.com/clip.webm").audio("https://example.com/song.flac");
        assertThat(validator.review(media.build(), ValidationMode.strict, SEED_003).warnings())
                .hasSize(2).anySatisfy(w -> assertThat(w).contains("videos[0]", ".webm", "mov, mp4"))
                .anySatisfy(w -> assertThat(w).contains("audios[0]", ".flac", "mp3, wav"));
        VideoRequest documented = VideoRequest.builder().model(SEEDANCE_2_0).prompt("again")
                .video("https://example.com/clip.mp4").audio("https://example.com/song.mp3").build();
        assertThat(validator.review(documented, ValidationMode.strict, SEED_003).warnings()).isEmpty();
    }

    @Test
    void arkAndAceTakeMoreImageFormatsWithTheSameBounds() {
        for (String provider : new String[]{"byteplus", "volcengine", "acedata"}) {
            ProviderDescriptor descriptor = Providers.of(provider);
            ProviderProfile profile = descriptor.profile(descriptor.newDialect(Map.of()));
            assertThat(violations(ValidationMode.strict, profile, image(TestImages.dataUrl("gif", 640, 640))))
                    .as(provider).isEmpty();
            assertThat(violations(ValidationMode.strict, profile, image(TestImages.dataUrl("png", 200, 200))))
                    .as(provider).extracting(Violation::field).containsExactly("images[0]");
        }
    }

    private static VideoRequest.Builder image(String url) {
        return VideoRequest.builder().model(SEEDANCE_2_0).prompt("she turns").firstFrame(url);
    }

    private List<Violation> violations(ValidationMode mode, ProviderProfile profile,
            VideoRequest.Builder request) {
        return validator.review(request.build(), mode, profile).violations();
    }
}
