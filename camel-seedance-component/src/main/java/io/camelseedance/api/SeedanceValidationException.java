package io.camelseedance.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request broke one or more rules and was not sent: nothing was paid for. Each violation names the field and the
 * rule.
 */
public class SeedanceValidationException extends SeedanceException {

    /** One broken rule: the neutral field name (camelCase) and what the rule demands. */
    public record Violation(String field, String rule) {
        @Override
        public String toString() {
            return field + ": " + rule;
        }
    }

    private final transient List<Violation> violations;

    public SeedanceValidationException(List<Violation> violations) {
        super("Invalid Seedance request: " + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public SeedanceValidationException(String field, String rule) {
        this(List.of(new Violation(field, rule)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The field of the first violation. */
    public String field() {
        return violations.get(0).field();
    }
}
