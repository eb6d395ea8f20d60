package io.camelseedance.catalog;

import java.util.ArrayList;
import java.util.List;

import io.camelseedance.api.SeedanceValidationException.Violation;

/**
 * Collects broken rules so a user learns every mistake of a request at once instead of one per paid round trip. The
 * helpers keep the wording of recurring rule shapes identical across fields.
 */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String rule) {
        found.add(new Violation(field, rule));
    }

    /** Adds "must be between min and max{suffix}; got value" when a set value lies outside the range. */
    void between(String field, Number value, long min, long max, String suffix) {
        // compared as double so that a fraction just past a bound (15.5 for 15) is out
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            add(field, "must be between " + min + " and " + max + suffix + "; got " + value);
        }
    }

    /** Adds "at most max {what}; got count" when there are too many. */
    void atMost(String field, int count, int max, String what) {
        if (count > max) {
            add(field, "at most " + max + " " + what + "; got " + count);
        }
    }

    List<Violation> list() {
        return List.copyOf(found);
    }
}
