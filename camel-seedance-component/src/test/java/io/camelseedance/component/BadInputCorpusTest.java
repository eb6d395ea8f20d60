package io.camelseedance.component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.catalog.ValidationCases;
import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.Providers;
import io.camelseedance.provider.RequestField;

import static io.camelseedance.catalog.ValidationCases.SEEDANCE_1_0_PRO;
import static io.camelseedance.catalog.ValidationCases.SEEDANCE_2_0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus: over 200 invalid requests (every catalog rule in strict and in lenient mode, wrong types,
 * unknown fields, oversized values, unsupported media, malformed JSON, bad URLs, fields a provider cannot carry, on
 * every registered provider), each rejected with a {@link SeedanceValidationException} whose violation names the field and
 * says the rule, while the simulator receives nothing at all.
 */
class BadInputCorpusTest extends SeedanceTestSupport {

    static final String OK_IMAGE = "https://example.com/cat.png";
    static final String OK_VIDEO = "https://example.com/clip.mp4";
    static final String PROMPT = "a cat walks across a sunny kitchen";

    /**
     * @param name     what is wrong
     * @param endpoint where it is sent
     * @param body     the message body
     * @param field    the field the rejection must name
     */
    record Bad(String name, String endpoint, Object body, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Override
    protected void configure(SeedanceComponent seedance) {
        seedance.getConfiguration().setModel(null); // "model is required" needs an endpoint without a default
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler()); // 260 rejections need no stack trace each in the build log
                from("direct:strict").to("seedance:generate?validation=strict");
                from("direct:lenient").to("seedance:generate?validation=lenient");
                for (String provider : providers()) {
                    from("direct:" + provider).to("seedance:generate?validation=strict&provider=" + provider
                            + "&baseUrl=" + SIM.baseUrl(provider) + "&model=" + catalogModel(provider));
                }
            }
        };
    }

    /** Every registered provider. */
    static List<String> providers() {
        return Providers.all().stream().map(ProviderDescriptor::id).toList();
    }

    /**
     * A model of the catalog the provider's documented examples use, so that every rule of the model applies; Seedance
     * 2.0 where they use none.
     */
    static String catalogModel(String provider) {
        return ContractExamples.of(provider).stream().map(e -> e.request().path("model").asText())
                .filter(model -> ModelCatalog.defaultCatalog().find(model).isPresent()).findFirst()
                .orElse(SEEDANCE_2_0);
    }

    static Stream<Bad> corpus() {
        List<Bad> all = new ArrayList<>();
        // every catalog rule, strict and lenient (lenient relaxes unknown model ids and drops ignored fields)
        ValidationCases.failing().forEach(c -> all.add(new Bad("strict: " + c.rule(), "direct:strict", c.request(),
                c.expectedField())));
        ValidationCases.failing().filter(c -> c.lenientToo() && !c.rule().contains("(strict)"))
                .forEach(c -> all.add(new Bad("lenient: " + c.rule(), "direct:lenient", c.request(),
                        c.expectedField())));
        // wrong types, as JSON text and as a Map
        Map<String, Object> wrongTypes = new LinkedHashMap<>();
        wrongTypes.put("duration", "five");
        wrongTypes.put("frames", 57.5);
        wrongTypes.put("seed", "random");
        wrongTypes.put("cameraFixed", "maybe");
        wrongTypes.put("watermark", 1);
        wrongTypes.put("generateAudio", "yes");
        wrongTypes.put("returnLastFrame", List.of(true));
        wrongTypes.put("draft", "sometimes");
        wrongTypes.put("priority", "high");
        wrongTypes.put("executionExpiresAfter", "1 day");
        wrongTypes.put("videos", 42);
        wrongTypes.put("audios", true);
        wrongTypes.put("tools", Map.of("type", "web_search"));
        wrongTypes.put("extra", "not an object");
        wrongTypes.put("prompt", List.of("a", "list"));
        wrongTypes.put("model", Map.of("id", SEEDANCE_2_0));
        wrongTypes.put("images", 7);
        wrongTypes.put("duration ", 5); // a typo'd key is an unknown field
        wrongTypes.forEach((field, value) -> {
            Map<String, Object> map = new LinkedHashMap<>(Map.of("model", SEEDANCE_2_0, "prompt", PROMPT));
            map.put(field, value);
            all.add(new Bad("map: " + field + " = " + value, "direct:strict", map, field));
            all.add(new Bad("json: " + field + " = " + value, "direct:strict", json(map), field));
        });
        Map<String, Object> huge = new LinkedHashMap<>();
        huge.put("duration", 99_999_999_999L);
        huge.put("priority", -5);
        huge.put("seed", -2);
        huge.put("executionExpiresAfter", 10_000_000);
        huge.put("duration_", 5);
        huge.put("resolutoin", "720p");
        huge.put("apiKey", "sneaky");
        huge.put("callback_url", "https://example.com");
        huge.forEach((field, value) -> all.add(new Bad("out of range or unknown: " + field + " = " + value,
                "direct:strict", json(Map.of("model", SEEDANCE_2_0, "prompt", PROMPT, field, value)),
                field.equals("seed") || field.equals("priority") || field.equals("executionExpiresAfter")
                        || field.equals("duration") ? field : field)));
        // unknown enum-ish values
        for (String[] v : new String[][]{{"resolution", "2160p"}, {"resolution", "" + "720"},
                {"ratio", "1:0"}, {"ratio", "square"}, {"serviceTier", "priority"}, {"tools", "browser"}}) {
            all.add(new Bad("value: " + v[0] + " = " + v[1], "direct:strict",
                    json(Map.of("model", SEEDANCE_2_0, "prompt", PROMPT, v[0], v[1])), v[0]));
        }
        // malformed JSON bodies
        all.add(new Bad("JSON with trailing content, named as such", "direct:strict",
                "{\"model\":\"" + SEEDANCE_2_0 + "\",\"prompt\":\"a cat\"} and more", "body"));
        for (String body : List.of("{", "{\"prompt\":", "{\"prompt\" \"a cat\"}", "{prompt: 'a cat'}",
                "{\"prompt\":\"a cat\",}", "{\"prompt\":\"a cat\"} trailing", "{\"a\":1}{\"b\":2}",
                "{\"prompt\":\"unterminated}", "{\"duration\":05}", "{\"prompt\":\"\\x41\"}", "{null}",
                "{\"prompt\":NaN}")) {
            all.add(new Bad("malformed JSON: " + body, "direct:strict", body, "body"));
        }
        // bad URLs, in every place a URL goes
        List<String> badImages = List.of("not a url", "ftp://example.com/cat.png", "file:///etc/passwd",
                "javascript:alert(1)", "//example.com/cat.png", "data:text/plain;base64,aGVsbG8=", "gopher://x/cat",
                "s3://bucket/cat.png");
        for (String url : badImages) {
            all.add(new Bad("first frame URL " + url, "direct:strict",
                    json(Map.of("model", SEEDANCE_2_0, "prompt", PROMPT, "firstFrame", url)), "images"));
            all.add(new Bad("reference image URL " + url, "direct:strict",
                    json(Map.of("model", SEEDANCE_2_0, "prompt", PROMPT, "referenceImages", List.of(url))),
                    "images"));
        }
        for (String url : List.of("not a url", "ftp://example.com/clip.mp4", "file:///tmp/clip.mp4",
                "data:video/mp4;base64,AAAA", "rtsp://camera/stream")) {
            all.add(new Bad("video URL " + url, "direct:strict",
                    json(Map.of("model", SEEDANCE_2_0, "prompt", PROMPT, "videos", List.of(url))), "videos"));
            all.add(new Bad("audio URL " + url, "direct:strict", json(Map.of("model", SEEDANCE_2_0, "prompt",
                    PROMPT, "videos", List.of(OK_VIDEO), "audios", List.of(url))), "audios"));
        }
        all.add(new Bad("image without url", "direct:strict", json(Map.of("model", SEEDANCE_2_0, "prompt", PROMPT,
                "images", List.of(Map.of("role", "first_frame")))), "images"));
        all.add(new Bad("image with unknown role", "direct:strict", json(Map.of("model", SEEDANCE_2_0, "prompt",
                PROMPT, "images", List.of(Map.of("url", OK_IMAGE, "role", "middle_frame")))), "images"));
        // unsupported media and bodies
        all.add(new Bad("body of an unreadable type", "direct:strict", new Object(), "body"));
        all.add(new Bad("body is a number", "direct:strict", 42, "body"));
        all.add(new Bad("bytes that are no image", "direct:strict", "just text".getBytes(), "images"));
        all.add(new Bad("empty bytes", "direct:strict", new byte[0], "images"));
        all.add(new Bad("a PDF as image", "direct:strict", "%PDF-1.4 fake".getBytes(), "images"));
        all.add(new Bad("a stream of text", "direct:strict",
                new java.io.ByteArrayInputStream("hello".getBytes()), "images"));
        // oversized values
        all.add(new Bad("safetyIdentifier of 10,000 characters", "direct:strict",
                json(Map.of("model", SEEDANCE_2_0, "prompt", PROMPT, "safetyIdentifier", "u".repeat(10_000))),
                "safetyIdentifier"));
        all.add(new Bad("prompt of 801 characters on the relay", "direct:unified", "p".repeat(801), "prompt"));
        all.add(new Bad("prompt of 100,000 characters on the relay", "direct:unified", "p".repeat(100_000),
                "prompt"));
        all.add(new Bad("prompt of 801 emoji on the relay", "direct:unified", "\uD83C\uDFAC".repeat(801),
                "prompt"));
        all.add(new Bad("1,000 reference images", "direct:strict", json(Map.of("model", SEEDANCE_2_0, "prompt",
                PROMPT, "referenceImages", java.util.Collections.nCopies(1000, OK_IMAGE))), "images"));
        all.add(new Bad("100 videos", "direct:strict", json(Map.of("model", SEEDANCE_2_0, "prompt", PROMPT,
                "videos", java.util.Collections.nCopies(100, OK_VIDEO))), "videos"));
        // fields a provider cannot carry, or values it does not take
        Map<String, Map<String, Object>> exotic = new LinkedHashMap<>();
        exotic.put("videos", Map.of("videos", List.of(OK_VIDEO)));
        exotic.put("audios",
                Map.of("referenceImages", List.of(OK_IMAGE), "audios", List.of("https://example.com/a.mp3")));
        exotic.put("draftTaskId", Map.of("draftTaskId", "cgt-20250831141439-sqmgf"));
        exotic.put("safetyIdentifier", Map.of("safetyIdentifier", "user-1"));
        exotic.put("tools", Map.of("tools", List.of("web_search")));
        exotic.put("priority", Map.of("priority", 3));
        for (ProviderDescriptor provider : Providers.all()) {
            Set<String> cannotCarry = provider.cannotCarry().stream().map(RequestField::field)
                    .collect(Collectors.toSet());
            exotic.forEach((field, fields) -> {
                if (!cannotCarry.contains(field)) {
                    return;
                }
                Map<String, Object> map = new LinkedHashMap<>(fields);
                if (!field.equals("draftTaskId")) {
                    map.put("prompt", PROMPT);
                }
                all.add(new Bad(provider.id() + " cannot carry " + field, "direct:" + provider.id(), json(map), field));
            });
        }
        for (String provider : providers()) {
            all.add(new Bad(provider + ": no prompt nor media", "direct:" + provider, json(Map.of("duration", 5)),
                    "prompt"));
            all.add(new Bad(provider + ": duration 0", "direct:" + provider,
                    json(Map.of("prompt", PROMPT, "duration", 0)), "duration"));
            all.add(new Bad(provider + ": ratio 2:1", "direct:" + provider,
                    json(Map.of("prompt", PROMPT, "ratio", "2:1")), "ratio"));
            all.add(new Bad(provider + ": resolution 4k", "direct:" + provider,
                    json(Map.of("prompt", PROMPT, "resolution", "4k")), "resolution"));
            all.add(new Bad(provider + ": first frame over ftp", "direct:" + provider,
                    json(Map.of("prompt", PROMPT, "firstFrame", "ftp://example.com/cat.png")), "images"));
            all.add(new Bad(provider + ": unknown field", "direct:" + provider,
                    json(Map.of("prompt", PROMPT, "lenght", 5)), "lenght"));
            all.add(new Bad(provider + ": malformed JSON", "direct:" + provider, "{\"prompt\":", "body"));
        }
        all.add(new Bad("1.0 Pro with frames 30", "direct:strict",
                json(Map.of("model", SEEDANCE_1_0_PRO, "prompt", PROMPT, "frames", 30)), "frames"));
        return all.stream();
    }

    private static String json(Map<String, ?> map) {
        try {
            return io.camelseedance.provider.JsonSupport.MAPPER.writeValueAsString(map);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int rejected;

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRejectedNamingFieldAndRuleAndNothingIsSent(Bad bad) {
        Exchange out = template.send(bad.endpoint(), e -> e.getMessage().setBody(bad.body()));

        assertThat(out.getException()).as(bad.name()).isInstanceOf(SeedanceValidationException.class);
        SeedanceValidationException error = (SeedanceValidationException) out.getException();
        assertThat(error.violations()).as(bad.name() + ": " + error.getMessage())
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(bad.field());
                    assertThat(v.rule()).isNotBlank();
                    assertThat(error.getMessage()).contains(v.field() + ": " + v.rule());
                });
        assertThat(SIM.simulator().requests()).as("requests the simulator received").isEmpty();
        rejected++;
    }

    @Test
    void contentAfterTheJsonObjectIsRefusedNotIgnored() {
        for (String json : List.of("{\"prompt\":\"a cat\"} {\"duration\":99}", "{\"prompt\":\"a cat\"} [1]",
                "{\"prompt\":\"a cat\"} 5")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.camelseedance.api.VideoRequestReader
                    .fromJson(json)).isInstanceOf(SeedanceValidationException.class)
                    .hasMessageContaining("body: must be one JSON object of request fields, with nothing after");
        }
    }

    @Test
    void theCorpusHasAtLeast200Requests() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(200);
    }

    @AfterAll
    static void report() {
        System.out.println("Bad-input corpus: " + corpus().count() + " requests, " + rejected
                + " rejected before sending");
    }
}
