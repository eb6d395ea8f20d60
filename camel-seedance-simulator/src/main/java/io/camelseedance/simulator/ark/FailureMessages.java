package io.camelseedance.simulator.ark;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human-readable messages for the error codes a test asks for with {@code [sim:reject=…]} or
 * {@code [sim:fail=…]}, worded like the service's content-safety messages so that logs look realistic.
 */
final class FailureMessages {

    private static final Pattern SENSITIVE = Pattern.compile(
            "(Input|Output)?(Text|Image|Video|Audio)?SensitiveContentDetected(?:\\.(\\w+))?");

    private FailureMessages() {
    }

    static String describe(String code) {
        Matcher sensitive = SENSITIVE.matcher(code);
        if (!sensitive.matches()) {
            return "The video generation failed (" + code + ").";
        }
        return "The request failed because the " + subject(sensitive.group(1), sensitive.group(2)) + " "
                + finding(sensitive.group(3)) + ".";
    }

    private static String subject(String direction, String medium) {
        if (medium == null) {
            return direction == null ? "content" : direction.toLowerCase(Locale.ROOT);
        }
        String what = medium.toLowerCase(Locale.ROOT);
        return direction == null ? what : direction.toLowerCase(Locale.ROOT) + " " + what;
    }

    private static String finding(String detail) {
        if (detail == null) {
            return "may contain sensitive information";
        }
        return switch (detail) {
            case "PrivacyInformation" -> "may contain real person";
            case "PolicyViolation" -> "may contain content that violates the platform's policy, such as copyright";
            default -> "may contain sensitive information (" + detail + ")";
        };
    }
}
