package io.camelseedance.component;

/**
 * What a {@code seedance:} producer does.
 */
public enum SeedanceOperation {
    /** Submit a generation task. */
    generate,
    /** Fetch one task by id. */
    task,
    /** List tasks, with filters and paging. */
    tasks,
    /** Cancel a queued task, or delete the record of a finished one. */
    cancel
}
