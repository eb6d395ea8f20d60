package io.camelseedance.component;

/**
 * What a {@code seedance:} producer does.
 */
public enum SeedanceOperation {
    /** Submit a generation task. */
    generate,
    /** Fetch one task by id. */
    task,
    /** Producer: list tasks, with filters and paging. Consumer: emit each task that ends, once. */
    tasks,
    /** Cancel a queued task, or delete the record of a finished one. */
    cancel,
    /** Consumer: receive the provider's callbacks and emit each task that ends, once. */
    callback
}
