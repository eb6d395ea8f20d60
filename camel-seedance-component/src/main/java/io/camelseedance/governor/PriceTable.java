package io.camelseedance.governor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The user's prices, per model: money per million tokens, or per second of video. Written as
 * {@code model:price/Mtokens} or {@code model:price/second}, comma-separated, e.g.
 * {@code dreamina-seedance-2-0-260128:7/Mtokens,seedance-2.0-text-to-video:0.1/second}. The component ships no
 * prices: they differ by provider, region, contract and month, and the seeds publish none.
 */
public final class PriceTable {

    /** What a price is per. */
    public enum Per {
        MILLION_TOKENS,
        SECOND
    }

    /** One model's price. */
    public record Price(double amount, Per per) {
    }

    private static final PriceTable EMPTY = new PriceTable(Map.of());

    private final Map<String, Price> byModel;

    private PriceTable(Map<String, Price> byModel) {
        this.byModel = Map.copyOf(byModel);
    }

    /**
     * Reads a price table.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code model:price/Mtokens} or
     *                                  {@code model:price/second}
     */
    public static PriceTable parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        Map<String, Price> prices = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            String trimmed = entry.trim();
            int colon = trimmed.lastIndexOf(':');
            int slash = trimmed.lastIndexOf('/');
            if (colon <= 0 || slash < colon) {
                throw invalid(trimmed);
            }
            Per per = switch (trimmed.substring(slash + 1).trim()) {
                case "Mtokens" -> Per.MILLION_TOKENS;
                case "second" -> Per.SECOND;
                default -> throw invalid(trimmed);
            };
            double amount;
            try {
                amount = Double.parseDouble(trimmed.substring(colon + 1, slash).trim());
            } catch (NumberFormatException e) {
                throw invalid(trimmed);
            }
            if (!(amount >= 0) || Double.isInfinite(amount)) {
                throw invalid(trimmed);
            }
            prices.put(trimmed.substring(0, colon).trim(), new Price(amount, per));
        }
        return new PriceTable(prices);
    }

    private static IllegalArgumentException invalid(String entry) {
        return new IllegalArgumentException("priceTable: '" + entry + "' is not model:price/Mtokens or"
                + " model:price/second (a price of zero or more)");
    }

    /** The price of a model, by the id the request names. */
    public Optional<Price> find(String model) {
        return Optional.ofNullable(model == null ? null : byModel.get(model));
    }
}
