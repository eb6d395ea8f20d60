package io.camelseedance.component;

import java.util.Base64;
import java.util.List;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.VideoRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, defect 8: a 10 MB prompt and an oversized inline image were sent to every provider. Each provider's
 * documented limits (and the configurable caps where it documents none) are checked before any HTTP call, in every
 * validation mode, and the error names the field and the limit.
 */
class SizeLimitsTest extends SeedanceTestSupport {

    private static final String TEN_MB_PROMPT = "a".repeat(10 * 1024 * 1024);

    static List<Arguments> providers() {
        return List.of(Arguments.of("byteplus", "takes at most 10000 characters (the maxPromptLength option)"),
                Arguments.of("acedata", "takes at most 1000 characters (documented by acedata)"),
                Arguments.of("unified", "takes at most 10000 characters (the maxPromptLength option)"),
                Arguments.of("evolink", "takes at most 10000 characters (the maxPromptLength option)"),
                Arguments.of("apimart", "takes at most 10000 characters (the maxPromptLength option)"));
    }

    private static String baseUrl(String provider) {
        return switch (provider) {
            case "byteplus" -> SIM.baseUrl("byteplus");
            case "acedata" -> SIM.baseUrl("acedata");
            case "unified" -> SIM.baseUrl("unified");
            case "evolink" -> SIM.baseUrl("evolink");
            default -> SIM.baseUrl("apimart");
        };
    }

    private static String generate(String provider, String options) {
        return "seedance:generate?provider=" + provider + "&baseUrl=" + baseUrl(provider) + options;
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aTenMegabytePromptIsRefusedBeforeSendingInEveryValidationMode(String provider, String rule) {
        for (String mode : List.of("strict", "lenient")) {
            Exchange out = send(generate(provider, "&validation=" + mode), TEN_MB_PROMPT);

            assertThat(out.getException()).as(mode).isInstanceOf(SeedanceValidationException.class);
            assertThat(((SeedanceValidationException) out.getException()).violations()).as(mode)
                    .anySatisfy(v -> assertThat(v.field()).isEqualTo("prompt"));
        }
        Exchange off = send(generate(provider, "&validation=off"), TEN_MB_PROMPT);
        assertThat(off.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("prompt: " + rule + "; got " + TEN_MB_PROMPT.length());
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"byteplus", "acedata", "evolink"})
    void anInlineImageOverTheDocumented30MegabytesIsRefused(String provider) {
        VideoRequest request = VideoRequest.builder().prompt("a kite").image(ImageInput.firstFrame(dataUrl(31)))
                .build();

        Exchange out = send(generate(provider, "&validation=off"), request);

        assertThat(out.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("images[0]: an inline image takes at most 30 MB")
                .hasMessageContaining("got 31 MB");
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unified", "apimart"})
    void whereNoLimitIsDocumentedTheCapsApplyAndAreConfigurable(String provider) {
        VideoRequest withImage = VideoRequest.builder().prompt("a kite").image(ImageInput.firstFrame(dataUrl(2)))
                .build();
        Exchange image = send(generate(provider, "&validation=off&maxImageSize=1048576"), withImage);
        Exchange prompt = send(generate(provider, "&validation=off&maxPromptLength=20"),
                "a kite over the dunes at dusk");
        Exchange body = send(generate(provider, "&validation=off&maxRequestSize=2000"), "a kite ".repeat(400));

        assertThat(image.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("images[0]: an inline image takes at most 1 MB (the maxImageSize option)");
        assertThat(prompt.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("prompt: takes at most 20 characters (the maxPromptLength option); got 29");
        assertThat(body.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("request: " + provider + " takes a request body of at most 2000 bytes"
                        + " (the maxRequestSize option)");
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    /** A PNG data URL of {@code megabytes} MB of image bytes (a PNG signature, then zeros). */
    private static String dataUrl(int megabytes) {
        byte[] png = new byte[megabytes * 1024 * 1024];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
