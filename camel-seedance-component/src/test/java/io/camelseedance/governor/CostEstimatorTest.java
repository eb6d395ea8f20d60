package io.camelseedance.governor;

import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.catalog.ModelCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostEstimatorTest {

    private static final String MODEL = "dreamina-seedance-2-0-260128";

    private static CostEstimator estimator(CostUnit unit, String prices) {
        return new CostEstimator(ModelCatalog.defaultCatalog(), PriceTable.parse(prices), unit);
    }

    private static VideoRequest.Builder request() {
        return VideoRequest.builder().model(MODEL).prompt("a cat");
    }

    @Test
    void tokensFollowArksFormulaOnSeed001sPixelTable() {
        Estimate estimate = estimator(CostUnit.tokens, null)
                .estimate(request().resolution("720p").ratio("16:9").duration(5).build());
        // the seed's own example: 1280×720, 121 frames
        assertThat(estimate.amount()).isEqualTo(1280L * 720 * 121 / 1024);
        assertThat(estimate.source()).contains("W×H×frames/1024").contains("seed 001").contains("121 frames");
        assertThat(estimator(CostUnit.tokens, null).estimate(request().resolution("480p").ratio("9:16")
                .frames(57).build()).amount()).isEqualTo(496L * 864 * 57 / 1024);
    }

    @Test
    void anAdaptiveRatioIsEstimatedAtTheLargestFrameOfItsResolution() {
        assertThat(estimator(CostUnit.tokens, null).estimate(request().resolution("720p").ratio("adaptive")
                .duration(5).build()).amount()).isEqualTo(1112L * 834 * 121 / 1024);
    }

    @Test
    void aDraftIsEstimatedAt480p() {
        Estimate estimate = estimator(CostUnit.tokens, null)
                .estimate(request().draft(true).ratio("16:9").duration(5).build());
        assertThat(estimate.amount()).isEqualTo(864L * 496 * 121 / 1024);
        assertThat(estimate.source()).contains("draft");
    }

    @Test
    void moneyPricesTheTokensAndFlexIsHalfPrice() {
        CostEstimator money = estimator(CostUnit.money, MODEL + ":10/Mtokens");
        Estimate online = money.estimate(request().resolution("720p").ratio("16:9").duration(5).build());
        Estimate flex = money.estimate(request().resolution("720p").ratio("16:9").duration(5).serviceTier("flex")
                .build());
        assertThat(online.amount()).isCloseTo(108_900 * 10 / 1e6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(flex.amount()).isCloseTo(online.amount() / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(flex.source()).contains("priceTable").contains("flex at half price (seed 001)");
        assertThat(estimator(CostUnit.money, MODEL + ":0.5/second").estimate(request().duration(8).build()).amount())
                .isEqualTo(4.0);
    }

    @Test
    void creditsFollowEvoLinksPublishedExampleUnlessPriced() {
        VideoRequest request = VideoRequest.builder().model("seedance-2.0-text-to-video").prompt("x").duration(5)
                .build();
        Estimate example = estimator(CostUnit.credits, null).estimate(request);
        assertThat(example.amount()).isEqualTo(50);
        assertThat(example.source()).contains("EvoLink's published example");
        assertThat(estimator(CostUnit.credits, "seedance-2.0-text-to-video:7/second").estimate(request).amount())
                .isEqualTo(35);
    }

    @Test
    void whatCannotBeEstimatedIsRefusedNamingTheField() {
        assertThatThrownBy(() -> estimator(CostUnit.money, null).estimate(request().build()))
                .isInstanceOf(SeedanceValidationException.class).hasMessageContaining("model")
                .hasMessageContaining("priceTable");
        assertThatThrownBy(() -> estimator(CostUnit.tokens, null)
                .estimate(VideoRequest.builder().model("ep-123").prompt("x").build()))
                .isInstanceOf(SeedanceValidationException.class).hasMessageContaining("modelCatalog");
        assertThatThrownBy(() -> PriceTable.parse("m:abc/second")).hasMessageContaining("priceTable")
                .hasMessageContaining("m:abc/second");
    }
}
