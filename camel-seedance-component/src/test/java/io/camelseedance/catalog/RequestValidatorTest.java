package io.camelseedance.catalog;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.catalog.ValidationCases.Case;

import static io.camelseedance.catalog.ValidationCases.SEEDANCE_2_0;
import static io.camelseedance.catalog.ValidationCases.SEEDANCE_2_0_FAST;
import static io.camelseedance.catalog.ValidationCases.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestValidatorTest {

    private static final String UNKNOWN_MODEL = "ep-20260101000000-abcde";
    private static final String UNKNOWN_MODEL_RULE = "model must be in the catalog (strict)";

    private final RequestValidator validator = new RequestValidator();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.camelseedance.catalog.ValidationCases#passing")
    void passingCaseIsAcceptedInStrictMode(Case c) {
        assertThatCode(() -> validator.validate(c.request(), ValidationMode.strict)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.camelseedance.catalog.ValidationCases#failing")
    void failingCaseIsRejectedInStrictModeOnItsField(Case c) {
        assertRejectedOn(c, ValidationMode.strict);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingCasesOfKnownModels")
    void knownModelGetsEveryRuleInLenientMode(Case c) {
        assertRejectedOn(c, ValidationMode.lenient);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.camelseedance.catalog.ValidationCases#failing")
    void everyViolationNamesARequestField(Case c) {
        List<Violation> violations = validator.check(c.request(), ValidationMode.strict);
        Set<String> fields = requestFieldNames();

        assertThat(violations).isNotEmpty().allSatisfy(v -> {
            assertThat(fields).contains(v.field());
            assertThat(v.rule()).isNotBlank().doesNotContain("null");
        });
        SeedanceValidationException e = new SeedanceValidationException(violations);
        assertThat(violations).allSatisfy(v -> assertThat(e.getMessage()).contains(v.field() + ": " + v.rule()));
    }

    @Test
    void everyRuleHasAPassingAndAFailingCase() {
        Set<String> passing = ValidationCases.passing().map(Case::rule).collect(Collectors.toSet());
        Set<String> failing = ValidationCases.failing().map(Case::rule).collect(Collectors.toSet());

        assertThat(passing).containsExactlyInAnyOrderElementsOf(failing);
        assertThat(ValidationCases.passing()).allSatisfy(c -> assertThat(c.expectedField()).isNull());
        assertThat(ValidationCases.failing()).allSatisfy(c -> assertThat(c.expectedField()).isNotBlank());
    }

    @Test
    void strictModeRejectsAnUnknownModel() {
        VideoRequest request = VideoRequest.builder().model(UNKNOWN_MODEL).prompt("a cat").build();

        assertThatThrownBy(() -> validator.validate(request, ValidationMode.strict))
                .isInstanceOfSatisfying(SeedanceValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("model");
                    assertThat(e.getMessage()).contains(UNKNOWN_MODEL, SEEDANCE_2_0, "lenient");
                });
    }

    @Test
    void lenientModeLetsAnUnknownModelThroughWithoutModelRules() {
        // each of these would break a rule of every catalog model
        VideoRequest request = VideoRequest.builder().model(UNKNOWN_MODEL).prompt("a cat").resolution("4k")
                .duration(30).cameraFixed(true).generateAudio(true).priority(3).tool("web_search").build();

        assertThat(validator.check(request, ValidationMode.lenient)).isEmpty();
    }

    @Test
    void lenientModeStillAppliesModelIndependentRulesToAnUnknownModel() {
        VideoRequest request = VideoRequest.builder().model(UNKNOWN_MODEL).prompt("a cat").frames(30).ratio("2:1")
                .seed(-2L).build();

        assertThat(validator.check(request, ValidationMode.lenient)).extracting(Violation::field)
                .containsExactlyInAnyOrder("frames", "ratio", "seed");
    }

    @ParameterizedTest
    @EnumSource(value = ValidationMode.class, names = {"strict", "lenient"})
    void missingModelIsRejected(ValidationMode mode) {
        VideoRequest request = VideoRequest.builder().prompt("a cat").build();

        assertThat(validator.check(request, mode)).extracting(Violation::field).containsExactly("model");
    }

    @Test
    void offModeChecksNothing() {
        VideoRequest nonsense = VideoRequest.builder().frames(30).duration(0).ratio("2:1").lastFrame("ftp://x")
                .audio("s3://bucket/a.mp3").seed(-5L).priority(42).serviceTier("turbo").tool("teleport").build();

        assertThat(validator.check(nonsense, ValidationMode.off)).isEmpty();
        assertThatCode(() -> validator.validate(nonsense, ValidationMode.off)).doesNotThrowAnyException();
    }

    @Test
    void noModeMeansLenient() {
        VideoRequest unknown = VideoRequest.builder().model(UNKNOWN_MODEL).prompt("a cat").resolution("4k").build();

        assertThat(validator.check(unknown, null)).isEmpty();
        assertThat(validator.check(unknown.toBuilder().model(null).build(), null))
                .extracting(Violation::field).containsExactly("model");
    }

    @Test
    void reportsEveryViolationAtOnce() {
        VideoRequest request = VideoRequest.builder().model(SEEDANCE_2_0_FAST).prompt("a cat").resolution("1080p")
                .duration(20).priority(10).build();

        assertThatThrownBy(() -> validator.validate(request, ValidationMode.strict))
                .isInstanceOfSatisfying(SeedanceValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("priority", "duration", "resolution"));
    }

    @Test
    void ruleTextGivesTheAllowedValuesTheModelAndTheValue() {
        VideoRequest request = VideoRequest.builder().model(SEEDANCE_2_0).prompt("a cat").duration(20).build();

        assertThat(validator.check(request, ValidationMode.strict)).containsExactly(new Violation("duration",
                "must be between 4 and 15 seconds, or -1 (model chooses), for dreamina-seedance-2-0-260128; got 20"));
    }

    @Test
    void ruleTextQuotesTheModelIdTheRequestUsed() {
        VideoRequest request = VideoRequest.builder().model("doubao-seedance-2-0-fast-260128").prompt("a cat")
                .resolution("1080p").build();

        assertThat(validator.check(request, ValidationMode.strict)).singleElement()
                .satisfies(v -> assertThat(v.rule()).contains("doubao-seedance-2-0-fast-260128", "480p, 720p"));
    }

    @Test
    void rejectedUrlIsNotEchoed() {
        VideoRequest request = VideoRequest.builder().model(SEEDANCE_2_0).prompt("a cat")
                .firstFrame("ftp://example.com/cat.png?signature=s3cr3t").build();

        assertThat(validator.check(request, ValidationMode.strict)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("images");
            assertThat(v.rule()).contains("ftp:").doesNotContain("s3cr3t");
        });
    }

    @Test
    void validatesAgainstACatalogOfYourOwn() {
        String json = """
                {"models": [{"id": "acme-video-1", "durationMin": 1, "durationMax": 8,
                             "resolutions": ["720p"], "adaptiveRatio": "never", "maxVideos": 1}]}
                """;
        RequestValidator custom = new RequestValidator(
                ModelCatalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

        VideoRequest acme = VideoRequest.builder().model("acme-video-1").prompt("a cat").duration(8).build();
        assertThat(custom.check(acme, ValidationMode.strict)).isEmpty();
        assertThat(custom.check(acme.toBuilder().ratio("adaptive").duration(9).build(), ValidationMode.strict))
                .extracting(Violation::field).containsExactly("duration", "ratio");
        assertThat(custom.check(acme.toBuilder().video(VIDEO).video(VIDEO).build(), ValidationMode.strict))
                .containsExactly(new Violation("videos", "at most 1 reference videos for acme-video-1; got 2"));
        assertThat(custom.check(acme.toBuilder().model(SEEDANCE_2_0).build(), ValidationMode.strict))
                .extracting(Violation::field).containsExactly("model");
    }

    @Test
    void aLimitTheModelSharesWithEveryModelIsReportedOnce() {
        VideoRequest request = VideoRequest.builder().model(SEEDANCE_2_0).prompt("a cat")
                .videos(List.of(VIDEO, VIDEO, VIDEO, VIDEO)).build();

        assertThat(validator.check(request, ValidationMode.strict))
                .containsExactly(new Violation("videos", "at most 3 reference videos; got 4"));
    }

    private void assertRejectedOn(Case c, ValidationMode mode) {
        assertThatThrownBy(() -> validator.validate(c.request(), mode))
                .isInstanceOfSatisfying(SeedanceValidationException.class, e -> assertThat(e.violations())
                        .filteredOn(v -> v.field().equals(c.expectedField()))
                        .isNotEmpty()
                        .allSatisfy(v -> assertThat(v.rule()).isNotBlank()));
    }

    static Stream<Case> failingCasesOfKnownModels() {
        return ValidationCases.failing().filter(c -> c.lenientToo() && !c.rule().equals(UNKNOWN_MODEL_RULE));
    }

    // the neutral field names are the request's accessors
    private static Set<String> requestFieldNames() {
        return Arrays.stream(VideoRequest.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 0)
                .map(Method::getName)
                .collect(Collectors.toSet());
    }
}
