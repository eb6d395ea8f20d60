package io.camelseedance.component;

/**
 * Which finished tasks the {@code seedance:tasks} consumer emits.
 */
public enum TasksConsumerMode {
    /** The tasks this application submitted through {@code seedance:generate}. */
    tracked,
    /** Every finished task the provider lists for the account (providers with a list operation). */
    account
}
