package io.camelseedance.governor;

/** What a budget counts. */
public enum CostUnit {
    /** Ark's billing tokens. */
    tokens,
    /** EvoLink's credits. */
    credits,
    /** Money, through the user's price table, in whatever currency its prices are in. */
    money
}
