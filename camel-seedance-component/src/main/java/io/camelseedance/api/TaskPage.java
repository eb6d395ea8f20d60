package io.camelseedance.api;

import java.util.List;

/**
 * One page of a task listing.
 *
 * @param total how many tasks match the query in all pages
 * @param items the tasks on this page
 */
public record TaskPage(long total, List<VideoTask> items) {

    public TaskPage {
        items = List.copyOf(items);
    }
}
