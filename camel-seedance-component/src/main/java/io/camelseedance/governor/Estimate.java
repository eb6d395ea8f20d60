package io.camelseedance.governor;

import java.util.Locale;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.Usage;
import io.camelseedance.api.VideoTask;

/**
 * What a create is expected to cost, before it is sent.
 *
 * @param amount        the cost, in {@code unit}
 * @param unit          what the amount counts
 * @param source        where the figure comes from: a seed rule, the provider's published formula or example, or the
 *                      user's price table
 * @param pricePerToken money per token when a money estimate prices tokens, so that the tokens the provider reports
 *                      can be priced the same way; else {@code null}
 */
public record Estimate(double amount, CostUnit unit, String source, Double pricePerToken) {

    /**
     * What the ended task cost in this estimate's unit: what the provider reported where it reports it, nothing for a
     * task that did not succeed (neither Ark nor EvoLink bills those), else the estimate.
     */
    public double actual(VideoTask ended) {
        return actual(amount, unit, pricePerToken, ended);
    }

    static double actual(double estimated, CostUnit unit, Double pricePerToken, VideoTask ended) {
        if (ended.status() != TaskStatus.SUCCEEDED) {
            return 0;
        }
        Usage usage = ended.usage();
        Long tokens = usage == null
                ? null
                : usage.totalTokens() != null ? usage.totalTokens() : usage.completionTokens();
        return switch (unit) {
            case tokens -> tokens != null ? tokens : estimated;
            case credits -> usage != null && usage.credits() != null ? usage.credits() : estimated;
            case money -> tokens != null && pricePerToken != null ? tokens * pricePerToken : estimated;
        };
    }

    @Override
    public String toString() {
        return format(amount) + " " + unit + " (" + source + ")";
    }

    /** An amount as people read it: whole numbers without decimals. */
    static String format(double amount) {
        return amount == Math.rint(amount) && Math.abs(amount) < 1e15
                ? Long.toString((long) amount)
                : String.format(Locale.ROOT, "%.4f", amount);
    }
}
