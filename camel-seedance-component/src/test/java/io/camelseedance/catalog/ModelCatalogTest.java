package io.camelseedance.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelCatalogTest {

    private static final String MINIMAL_ENTRY = """
            {"id": "acme-video-1", "durationMin": 1, "durationMax": 8, "resolutions": ["720p"],
             "adaptiveRatio": "always"}""";

    private final ModelCatalog catalog = ModelCatalog.defaultCatalog();

    @ParameterizedTest(name = "{2}")
    @CsvSource({
            "dreamina-seedance-2-0-260128,      doubao-seedance-2-0-260128,          Seedance 2.0",
            "dreamina-seedance-2-0-fast-260128, doubao-seedance-2-0-fast-260128,     Seedance 2.0 Fast",
            "seedance-1-5-pro-251215,           doubao-seedance-1-5-pro-251215,      Seedance 1.5 Pro",
            "seedance-1-0-pro-250528,           doubao-seedance-1-0-pro-250528,      Seedance 1.0 Pro",
            "seedance-1-0-pro-fast-251015,      doubao-seedance-1-0-pro-fast-251015, Seedance 1.0 Pro Fast"
    })
    void shipsEverySeedModelAndItsVolcengineTwin(String bytePlusId, String volcengineId, String displayName) {
        assertThat(catalog.find(bytePlusId)).hasValueSatisfying(spec -> {
            assertThat(spec.id()).isEqualTo(bytePlusId);
            assertThat(spec.displayName()).isEqualTo(displayName);
            assertThat(spec.ids()).startsWith(bytePlusId, volcengineId);
        });
        assertThat(catalog.find(volcengineId)).isEqualTo(catalog.find(bytePlusId));
    }

    @Test
    void shipsNoOtherModels() {
        assertThat(catalog.models()).hasSize(7);
        assertThat(catalog.modelIds()).hasSize(24);
    }

    @ParameterizedTest
    @CsvSource({
            "seedance-2.0,                         dreamina-seedance-2-0-260128",
            "seedance-2.0-image-to-video,          dreamina-seedance-2-0-260128",
            "doubao-seedance-2.0,                  dreamina-seedance-2-0-260128",
            "seedance-2.0-fast-reference-to-video, dreamina-seedance-2-0-fast-260128",
            "doubao-seedance-2.0-fast,             dreamina-seedance-2-0-fast-260128"
    })
    void knowsTheGatewaysNamesOfSeedance20(String gatewayId, String modelId) {
        assertThat(catalog.find(gatewayId).map(ModelSpec::id)).hasValue(modelId);
    }

    @Test
    void shippedCapabilitiesFollowTheProviderDocument() {
        assertThat(catalog.find("dreamina-seedance-2-0-fast-260128").orElseThrow().resolutions())
                .containsExactly("480p", "720p");
        assertThat(catalog.find("seedance-1-0-pro-fast-251015").orElseThrow())
                .satisfies(spec -> assertThat(spec.firstFrame()).isTrue())
                .satisfies(spec -> assertThat(spec.lastFrame()).isFalse());
        assertThat(catalog.find("seedance-1-0-pro-250528").orElseThrow().adaptiveRatio())
                .isEqualTo(ModelSpec.AdaptiveRatio.IMAGE_TO_VIDEO_ONLY);
        assertThat(catalog.models()).filteredOn(ModelSpec::draft).extracting(ModelSpec::id)
                .containsExactly("seedance-1-5-pro-251215");
        assertThat(catalog.models()).filteredOn(ModelSpec::framesSupported).extracting(ModelSpec::family)
                .containsExactly("seedance-1.0-pro", "seedance-1.0-pro-fast", "seedance-1.0-lite-t2v",
                        "seedance-1.0-lite-i2v");
        assertThat(catalog.models()).filteredOn(spec -> spec.maxReferenceImages() > 0).extracting(ModelSpec::id)
                .containsExactly("dreamina-seedance-2-0-260128", "dreamina-seedance-2-0-fast-260128",
                        "doubao-seedance-1-0-lite-i2v-250428");
    }

    // seed 002 lists the Lite models; seed 000: "lite models default to 480p"
    @ParameterizedTest
    @CsvSource({
            "doubao-seedance-1-0-lite-t2v-250428, seedance-1-0-lite-t2v-250428, false, 0",
            "doubao-seedance-1-0-lite-i2v-250428, seedance-1-0-lite-i2v-250428, true,  4"
    })
    void shipsTheLiteModelsAndTheirBytePlusTwins(String volcengineId, String bytePlusId, boolean imageToVideo,
            int referenceImages) {
        assertThat(catalog.find(bytePlusId)).isEqualTo(catalog.find(volcengineId));
        assertThat(catalog.find(volcengineId)).hasValueSatisfying(spec -> {
            assertThat(spec.defaultResolution()).isEqualTo("480p");
            assertThat(spec.requiresImage()).isEqualTo(imageToVideo);
            assertThat(spec.firstFrame()).isEqualTo(imageToVideo);
            assertThat(spec.lastFrame()).isEqualTo(imageToVideo);
            assertThat(spec.maxReferenceImages()).isEqualTo(referenceImages);
            assertThat(spec.generateAudio() || spec.maxVideos() > 0 || spec.maxAudios() > 0).isFalse();
        });
    }

    @Test
    void defaultCatalogIsReadOnce() {
        assertThat(ModelCatalog.defaultCatalog()).isSameAs(catalog);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(catalog.find("ep-20260101000000-abcde")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void loadsACatalogOfYourOwn() {
        ModelCatalog own = ModelCatalog.load(json("{\"models\": [" + MINIMAL_ENTRY + "]}"));

        assertThat(own.modelIds()).containsExactly("acme-video-1");
        assertThat(own.find("acme-video-1")).hasValueSatisfying(spec -> {
            assertThat(spec.durationMax()).isEqualTo(8);
            assertThat(spec.displayName()).isEqualTo("acme-video-1");
        });
    }

    @Test
    void capabilitiesLeftOutAreNotSupported() {
        ModelSpec spec = ModelCatalog.load(json("{\"models\": [" + MINIMAL_ENTRY + "]}")).models().get(0);

        assertThat(spec.aliases()).isEmpty();
        assertThat(spec.autoDuration() || spec.framesSupported() || spec.firstFrame() || spec.lastFrame()
                || spec.cameraFixed() || spec.generateAudio() || spec.draft() || spec.flex() || spec.priority()
                || spec.webSearch()).isFalse();
        assertThat(spec.maxReferenceImages() + spec.maxVideos() + spec.maxAudios()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // no models array
            "{}",
            // a misspelt capability must not silently read as unsupported
            "{\"models\": [{\"id\": \"m\", \"durationMin\": 1, \"durationMax\": 5, \"resolutions\": [\"720p\"],"
                    + " \"adaptiveRatio\": \"always\", \"lastFrames\": true}]}",
            // required property missing
            "{\"models\": [{\"id\": \"m\", \"durationMax\": 5, \"resolutions\": [\"720p\"],"
                    + " \"adaptiveRatio\": \"always\"}]}",
            // an id listed twice
            "{\"models\": [{\"id\": \"m\", \"durationMin\": 1, \"durationMax\": 5, \"resolutions\": [\"720p\"],"
                    + " \"adaptiveRatio\": \"always\"}, {\"id\": \"n\", \"aliases\": [\"m\"], \"durationMin\": 1,"
                    + " \"durationMax\": 5, \"resolutions\": [\"720p\"], \"adaptiveRatio\": \"always\"}]}",
            // an unknown adaptive ratio policy
            "{\"models\": [{\"id\": \"m\", \"durationMin\": 1, \"durationMax\": 5, \"resolutions\": [\"720p\"],"
                    + " \"adaptiveRatio\": \"sometimes\"}]}",
            // a default resolution the model does not render
            "{\"models\": [{\"id\": \"m\", \"durationMin\": 1, \"durationMax\": 5, \"resolutions\": [\"720p\"],"
                    + " \"defaultResolution\": \"1080p\", \"adaptiveRatio\": \"always\"}]}",
            // an empty duration range
            "{\"models\": [{\"id\": \"m\", \"durationMin\": 6, \"durationMax\": 5, \"resolutions\": [\"720p\"],"
                    + " \"adaptiveRatio\": \"always\"}]}",
            // not JSON
            "models: []"
    })
    void rejectsAnInvalidCatalog(String document) {
        assertThatThrownBy(() -> ModelCatalog.load(json(document)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid model catalog");
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aUserCatalogAddsNewModelsAtTheEnd() {
        ModelCatalog merged = catalog.mergedWith(userCatalog("catalogs/seedance-2-0-mini.json"));

        assertThat(merged.models()).hasSize(catalog.models().size() + 2);
        assertThat(merged.models().get(merged.models().size() - 2).id()).isEqualTo("dreamina-seedance-2-0-mini-260615");
        assertThat(merged.find("doubao-seedance-2-0-mini-260615").orElseThrow().durationMax()).isEqualTo(10);
        assertThat(merged.find("dreamina-seedance-2-0-260128")).isEqualTo(catalog.find("dreamina-seedance-2-0-260128"));
        assertThat(catalog.find("dreamina-seedance-2-0-mini-260615")).as("the shipped catalog is unchanged").isEmpty();
    }

    @Test
    void aUserModelSharingAnIdReplacesTheShippedOneInItsPlace() {
        ModelCatalog merged = catalog.mergedWith(userCatalog("catalogs/override-2-0.json"));

        assertThat(merged.models()).hasSize(catalog.models().size());
        assertThat(merged.models().get(0).durationMax()).isEqualTo(12);
        assertThat(merged.find("ep-20260101000000-abcde").map(ModelSpec::id)).hasValue("dreamina-seedance-2-0-260128");
        // the override lists the ids it answers to: the ones it leaves out are no longer known
        assertThat(merged.find("seedance-2.0-text-to-video")).isEmpty();
    }

    @Test
    void aUserCatalogListingAnIdTwiceIsRefused() {
        String twice = "{\"models\": [" + MINIMAL_ENTRY + ", " + MINIMAL_ENTRY + "]}";

        assertThatThrownBy(() -> ModelCatalog.load(new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("acme-video-1 is listed twice");
    }

    private static ModelCatalog userCatalog(String resource) {
        try (InputStream in = ModelCatalogTest.class.getClassLoader().getResourceAsStream(resource)) {
            return ModelCatalog.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
