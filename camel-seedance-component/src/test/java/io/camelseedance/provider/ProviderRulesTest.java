package io.camelseedance.provider;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.catalog.RequestValidator;
import io.camelseedance.catalog.Verdict;
import io.camelseedance.provider.unified.UnifiedExamples;

import static io.camelseedance.catalog.ValidationCases.LITE_T2V;
import static io.camelseedance.catalog.ValidationCases.SEEDANCE_1_0_PRO;
import static io.camelseedance.catalog.ValidationCases.SEEDANCE_1_5_PRO;
import static io.camelseedance.catalog.ValidationCases.SEEDANCE_2_0;
import static io.camelseedance.catalog.ValidationCases.SEEDANCE_2_0_VOLCENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the seeds give per provider, as each dialect declares them: one request, judged the way its provider
 * reads it. Each rule has a request that passes and one that fails.
 */
class ProviderRulesTest {

    private static final String PROMPT = "a cat walks across a sunny kitchen";

    private final RequestValidator validator = new RequestValidator();

    // seed 001: "frames takes precedence over duration"
    @ParameterizedTest
    @ValueSource(strings = {"byteplus", "volcengine"})
    void arkSendsFramesAndDropsDurationInLenientMode(String provider) {
        Verdict verdict = review(provider, ValidationMode.lenient, prompt(SEEDANCE_1_0_PRO).frames(57).duration(5));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.request().frames()).isEqualTo(57);
        assertThat(verdict.request().duration()).isNull();
        assertThat(verdict.warnings()).singleElement().asString().contains("frames", "duration", "sending frames");
    }

    @ParameterizedTest
    @ValueSource(strings = {"byteplus", "volcengine"})
    void arkRefusesFramesWithDurationInStrictModeSayingFramesWouldWin(String provider) {
        Verdict verdict = review(provider, ValidationMode.strict, prompt(SEEDANCE_1_0_PRO).frames(57).duration(5));

        assertThat(verdict.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("frames");
            assertThat(v.rule()).contains("would win", provider);
        });
        assertThat(review(provider, ValidationMode.strict, prompt(SEEDANCE_1_0_PRO).frames(57)).violations())
                .isEmpty();
    }

    // seed 000: "mutually exclusive with the duration parameter and cannot be specified at the same time"
    @ParameterizedTest
    @EnumSource(value = ValidationMode.class, names = {"strict", "lenient"})
    void aceDataKeepsFramesAndDurationExclusive(ValidationMode mode) {
        String lite = "doubao-seedance-1-0-pro-250528";
        assertThat(review("acedata", mode, prompt(lite).frames(57).duration(5)).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("frames");
                    assertThat(v.rule()).contains("mutually exclusive", "acedata");
                });
        assertThat(review("acedata", mode, prompt(lite).frames(57)).violations()).isEmpty();
    }

    // seed 001: "Overseas nodes currently do not support web_search"
    @ParameterizedTest
    @EnumSource(value = ValidationMode.class, names = {"strict", "lenient"})
    void webSearchIsRefusedOnByteplusAndAllowedOnVolcengine(ValidationMode mode) {
        VideoRequest.Builder search = prompt(SEEDANCE_2_0_VOLCENGINE).tool("web_search");

        assertThat(review("byteplus", mode, search).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("tools");
            assertThat(v.rule()).contains("web_search", "byteplus");
        });
        assertThat(review("volcengine", mode, search).violations()).isEmpty();
        assertThat(review("volcengine", mode, prompt(SEEDANCE_1_5_PRO).tool("web_search")).violations())
                .extracting(Violation::field).containsExactly("tools");
    }

    // seed 001: 2.0 "supports only online inference mode and does not support configuring this parameter"
    @ParameterizedTest
    @ValueSource(strings = {"default", "flex"})
    void anyServiceTierOnSeedance20IsRefusedInStrictMode(String tier) {
        assertThat(review("byteplus", ValidationMode.strict, prompt(SEEDANCE_2_0).serviceTier(tier)).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("serviceTier");
                    assertThat(v.rule()).contains(SEEDANCE_2_0, "online inference only", tier);
                });
        assertThat(review("byteplus", ValidationMode.strict, prompt(SEEDANCE_1_0_PRO).serviceTier(tier))
                .violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"byteplus", "acedata"})
    void anyServiceTierOnSeedance20IsDroppedWithAWarningInLenientMode(String provider) {
        Verdict verdict = review(provider, ValidationMode.lenient, prompt(SEEDANCE_2_0_VOLCENGINE).serviceTier(
                "default").priority(3).duration(5));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.request().serviceTier()).isNull();
        assertThat(verdict.request().priority()).isEqualTo(3);
        assertThat(verdict.request().duration()).isEqualTo(5);
        assertThat(verdict.warnings()).singleElement().asString().contains("serviceTier", "default");
    }

    // seed 000: "duration number"; Ark's duration is whole seconds (fractions go through frames)
    @ParameterizedTest
    @EnumSource(value = ValidationMode.class, names = {"strict", "lenient"})
    void aFractionalDurationPassesThroughAceDataOnly(ValidationMode mode) {
        Verdict ace = review("acedata", mode, prompt(SEEDANCE_1_0_PRO).duration(new BigDecimal("4.5")));

        assertThat(ace.violations()).isEmpty();
        assertThat(ace.request().duration()).isEqualTo(new BigDecimal("4.5"));
        assertThat(review("byteplus", mode, prompt(SEEDANCE_1_0_PRO).duration(new BigDecimal("4.5"))).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("duration");
                    assertThat(v.rule()).contains("whole number of seconds", "byteplus", "4.5");
                });
        assertThat(review("acedata", mode, prompt(SEEDANCE_1_0_PRO).duration(new BigDecimal("12.5"))).violations())
                .extracting(Violation::field).containsExactly("duration");
    }

    // seed 000: "other models will ignore this parameter"
    @ParameterizedTest
    @EnumSource(value = ValidationMode.class, names = {"strict", "lenient"})
    void generateAudioOnASilentModelIsAWarningThroughAceData(ValidationMode mode) {
        Verdict ace = review("acedata", mode, prompt("doubao-seedance-1-0-pro-250528").generateAudio(true));

        assertThat(ace.violations()).isEmpty();
        assertThat(ace.request().generateAudio()).isTrue();
        assertThat(ace.warnings()).singleElement().asString().contains("generateAudio", "acedata ignores it");
    }

    // seed 001: "Only supported by Seedance 2.0 series and Seedance 1.5 Pro"
    @Test
    void generateAudioOnASilentModelIsRefusedThroughArk() {
        assertThat(review("byteplus", ValidationMode.strict, prompt(SEEDANCE_1_0_PRO).generateAudio(true))
                .violations()).extracting(Violation::field).containsExactly("generateAudio");
        assertThat(review("byteplus", ValidationMode.strict, prompt(SEEDANCE_1_5_PRO).generateAudio(true))
                .violations()).isEmpty();
    }

    // seed 002's own example sends an image to the text-to-video Lite model
    @Test
    void strictValidationAcceptsTheRelayFormatsOwnExample() {
        Verdict verdict = review("unified", ValidationMode.strict, UnifiedExamples.seedExample().toBuilder());

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.request().images()).isEqualTo(UnifiedExamples.seedExample().images());
        assertThat(verdict.warnings()).singleElement().asString().contains(LITE_T2V, "text-to-video");
    }

    @Test
    void arkRefusesAnImageForTheTextToVideoLiteModel() {
        assertThat(review("volcengine", ValidationMode.strict, UnifiedExamples.seedExample().toBuilder())
                .violations()).extracting(Violation::field).containsExactly("images");
        assertThat(review("volcengine", ValidationMode.strict, prompt(LITE_T2V)).violations()).isEmpty();
    }

    private Verdict review(String provider, ValidationMode mode, VideoRequest.Builder request) {
        ProviderDescriptor descriptor = Providers.of(provider);
        return validator.review(request.build(), mode, descriptor.profile(descriptor.newDialect(Map.of())));
    }

    private static VideoRequest.Builder prompt(String model) {
        return VideoRequest.builder().model(model).prompt(PROMPT);
    }
}
