package io.camelseedance.api;

import java.util.Locale;

/**
 * Classifies provider error codes. Moderation codes differ in wording between providers but share these stems.
 */
public final class ErrorCodes {

    private ErrorCodes() {
    }

    /** Content-safety rejections: the same input is rejected again, so a retry only costs money. */
    public static boolean isContentPolicy(String code) {
        if (code == null) {
            return false;
        }
        String c = code.toLowerCase(Locale.ROOT);
        return c.contains("sensitivecontent") || c.contains("riskdetection") || c.contains("content_policy")
                || c.contains("contentpolicy") || c.contains("policyviolation");
    }

    /** Codes that describe a passing condition (rate limits, overload, internal errors) rather than a bad request. */
    public static boolean isTransient(String code) {
        if (code == null) {
            return false;
        }
        // OpenAI-style gateways write snake_case (rate_limit_exceeded), Ark CamelCase (RateLimitExceeded)
        String c = code.toLowerCase(Locale.ROOT).replace("_", "");
        // quota and spending caps are rate-limit-shaped but do not pass by themselves
        if (c.startsWith("quotaexceeded") || c.startsWith("setlimitexceeded")) {
            return false;
        }
        return c.contains("ratelimit") || c.contains("serveroverloaded") || c.contains("internalserviceerror")
                || c.contains("requestbursttoofast") || c.contains("inflightbatchsizeexceeded")
                || c.contains("serviceunavailable") || c.contains("timeout");
    }
}
