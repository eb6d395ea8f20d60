package io.camelseedance.governor;

import java.util.Optional;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.catalog.ModelSpec;

/**
 * Estimates what a create will cost before it is sent, from the request and the model catalog. Each estimate names its
 * source. Where a figure is uncertain the estimate takes the higher one (the largest frame of a resolution for an
 * adaptive ratio, the longest duration when the model chooses), so that a budget is not overrun by an estimate.
 * <p>
 * Thread-safe.
 */
public final class CostEstimator {

    /** Output frame rate of every Seedance model (seed 001: frames = 24 × seconds + 1). */
    static final int FPS = 24;
    /** Ark's default duration when the request gives none (seed 001), EvoLink's too. */
    static final int DEFAULT_SECONDS = 5;
    /** The longest duration any catalogued model takes, for a model the catalog does not know. */
    static final int LONGEST_SECONDS = 30;
    /** EvoLink's documented create answer reserves 50 credits for a 5 s video billed per second. */
    static final double EVOLINK_CREDITS_PER_SECOND = 10;
    /** Seed 001: the flex tier is priced at 50 % of online inference. */
    static final double FLEX_FACTOR = 0.5;

    private final ModelCatalog catalog;
    private final PriceTable prices;
    private final CostUnit unit;

    public CostEstimator(ModelCatalog catalog, PriceTable prices, CostUnit unit) {
        this.catalog = catalog;
        this.prices = prices;
        this.unit = unit;
    }

    public CostUnit unit() {
        return unit;
    }

    /**
     * The estimate of a valid request.
     *
     * @throws SeedanceValidationException when the request's cost cannot be estimated in this unit (a model unknown
     *                                     to the catalog, or missing from the price table)
     */
    public Estimate estimate(VideoRequest request) {
        Optional<ModelSpec> spec = catalog.find(request.model());
        return switch (unit) {
            case tokens -> {
                Tokens tokens = tokens(request, spec);
                yield new Estimate(tokens.count, unit, tokens.source, null);
            }
            case credits -> credits(request, spec);
            case money -> money(request, spec);
        };
    }

    private Estimate credits(VideoRequest request, Optional<ModelSpec> spec) {
        double seconds = seconds(request, spec);
        Optional<PriceTable.Price> price = prices.find(request.model())
                .filter(p -> p.per() == PriceTable.Per.SECOND);
        if (price.isPresent()) {
            return new Estimate(seconds * price.get().amount(), unit,
                    "priceTable: " + Estimate.format(price.get().amount()) + " credits per second × "
                            + Estimate.format(seconds) + " s",
                    null);
        }
        return new Estimate(seconds * EVOLINK_CREDITS_PER_SECOND, unit,
                "EvoLink's published example: 10 credits per second (50 reserved for 5 s) × "
                        + Estimate.format(seconds) + " s",
                null);
    }

    private Estimate money(VideoRequest request, Optional<ModelSpec> spec) {
        PriceTable.Price price = prices.find(request.model()).orElseThrow(() -> new SeedanceValidationException(
                "model", "budgetUnit=money needs a price for model " + request.model() + " in priceTable"));
        boolean flex = "flex".equals(request.serviceTier());
        double factor = flex ? FLEX_FACTOR : 1;
        String tier = flex ? ", flex at half price (seed 001)" : "";
        if (price.per() == PriceTable.Per.SECOND) {
            double seconds = seconds(request, spec);
            return new Estimate(seconds * price.amount() * factor, unit, "priceTable: "
                    + Estimate.format(price.amount()) + " per second × " + Estimate.format(seconds) + " s" + tier,
                    null);
        }
        Tokens tokens = tokens(request, spec);
        double perToken = price.amount() / 1_000_000 * factor;
        return new Estimate(tokens.count * perToken, unit, "priceTable: " + Estimate.format(price.amount())
                + " per million tokens × " + tokens.count + " tokens by " + tokens.source + tier, perToken);
    }

    private record Tokens(long count, String source) {
    }

    /** Ark's billing: width × height × frames / 1024, the pixel sizes of seed 001's table, 24 frames a second. */
    private static Tokens tokens(VideoRequest request, Optional<ModelSpec> known) {
        ModelSpec spec = known.orElseThrow(() -> new SeedanceValidationException("model",
                "budgetUnit=tokens estimates tokens from the model catalog, and it has no model " + request.model()
                        + ": add it with the modelCatalog option"));
        boolean draft = Boolean.TRUE.equals(request.draft());
        String resolution = draft
                ? "480p"
                : request.resolution() != null
                        ? request.resolution()
                        : spec.defaultResolution() != null ? spec.defaultResolution() : "720p";
        long pixels = PixelSizes.pixels(spec.family(), resolution, request.ratio());
        if (pixels < 0) {
            throw new SeedanceValidationException("resolution", "no pixel size is known for resolution " + resolution
                    + ", so its tokens cannot be estimated (480p, 720p or 1080p)");
        }
        long frames = request.frames() != null
                ? request.frames()
                : Math.round(seconds(request, known) * FPS) + 1;
        String source = "Ark's formula W×H×frames/1024 (seed 001 pixel table: " + resolution + " "
                + (request.ratio() == null ? "largest frame" : request.ratio()) + ", " + frames + " frames at 24 fps"
                + (draft ? "; a draft bills fewer tokens than this, the seed gives no figure" : "") + ")";
        return new Tokens(pixels * frames / 1024, source);
    }

    private static double seconds(VideoRequest request, Optional<ModelSpec> spec) {
        if (request.frames() != null) {
            return (request.frames() - 1) / (double) FPS;
        }
        if (request.duration() == null) {
            return DEFAULT_SECONDS;
        }
        if (request.hasAutoDuration()) {
            return spec.map(ModelSpec::durationMax).orElse(LONGEST_SECONDS);
        }
        return request.duration().doubleValue();
    }
}
