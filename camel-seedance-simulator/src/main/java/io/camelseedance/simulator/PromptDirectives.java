package io.camelseedance.simulator;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code [sim:…]} tokens a prompt may carry to make the simulator behave deterministically (fail, expire,
 * reject, answer slowly…). They live in the prompt because that is the one field every client passes through
 * unchanged, whatever its API looks like. See the module README for the syntax.
 *
 * @param failCode            {@code [sim:fail=CODE]}: the task ends {@code failed} with this error code
 * @param expire              {@code [sim:expire]}: the task ends {@code expired}
 * @param renderTime          {@code [sim:render=MS]}: how long this task stays running
 * @param queueTime           {@code [sim:queue=MS]}: how long this task stays queued
 * @param rejectCode          {@code [sim:reject=CODE]}: the create call is refused with 400 and this code
 * @param httpStatus          {@code [sim:status=NNN]}: the create call is answered with this status
 * @param rateLimitedAttempts {@code [sim:429xN]}: the first N create calls with this exact prompt get 429
 * @param responseDelay       {@code [sim:delay=MS]}: the task is created but the answer is sent this late
 * @param videoBytes          {@code [sim:videoBytes=N]}: the served MP4 is padded to exactly N bytes (at least 1 MiB)
 * @param urlTtl              {@code [sim:urlTtl=MS]}: the task's file URLs are signed and expire MS after each GET
 * @param responseShape       {@code [sim:shape=object|array]}: which of its documented answer shapes a provider that
 *                            has several uses for this task (Ace Data Cloud: {@code data} as an object or as an
 *                            array of Ark tasks); the others ignore it
 * @param afterCreate         {@code [sim:afterCreate=NNN|reset]}: the task is created, then the create is answered
 *                            with this status instead, or its connection is cut
 */
public record PromptDirectives(
        Optional<String> failCode,
        boolean expire,
        Optional<Duration> renderTime,
        Optional<Duration> queueTime,
        Optional<String> rejectCode,
        OptionalInt httpStatus,
        int rateLimitedAttempts,
        Optional<Duration> responseDelay,
        OptionalLong videoBytes,
        Optional<Duration> urlTtl,
        Optional<String> responseShape,
        Optional<AnswerLoss> afterCreate) {

    public static final PromptDirectives NONE = new PromptDirectives(
            Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 0,
            Optional.empty(), OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Below this a padded video would not be large; the bound also keeps the bundled sample paddable. */
    private static final long MIN_VIDEO_BYTES = 1L << 20;
    private static final long MAX_VIDEO_BYTES = 1L << 40;

    private static final Pattern TOKEN = Pattern.compile("\\[sim:([^\\]]*)]");
    private static final Pattern KEY_VALUE = Pattern.compile("([a-zA-Z]+)=(.+)");
    private static final Pattern RATE_LIMITED = Pattern.compile("429x(\\d{1,6})");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");
    private static final Pattern MILLIS = Pattern.compile("\\d{1,12}");
    private static final Pattern BYTES = Pattern.compile("\\d{1,13}");
    private static final Pattern HTTP_STATUS = Pattern.compile("[45]\\d\\d");
    private static final Pattern SHAPE = Pattern.compile("object|array");
    private static final Pattern AFTER_CREATE = Pattern.compile("[45]\\d\\d|reset");

    /**
     * Reads every token of the prompt; a later token overrides an earlier one of the same kind.
     *
     * @throws IllegalArgumentException for a token the simulator does not understand, so that a typo in a test
     *                                  fails loudly instead of silently producing a normal task
     */
    public static PromptDirectives parse(String prompt) {
        if (prompt == null) {
            return NONE;
        }
        Collected collected = new Collected();
        Matcher token = TOKEN.matcher(prompt);
        while (token.find()) {
            collected.add(token.group(1).trim());
        }
        return collected.toDirectives();
    }

    private static final class Collected {
        private String failCode;
        private boolean expire;
        private Duration renderTime;
        private Duration queueTime;
        private String rejectCode;
        private Integer httpStatus;
        private int rateLimitedAttempts;
        private Duration responseDelay;
        private Long videoBytes;
        private Duration urlTtl;
        private String responseShape;
        private AnswerLoss afterCreate;

        private void add(String token) {
            Matcher rateLimited = RATE_LIMITED.matcher(token);
            Matcher keyValue = KEY_VALUE.matcher(token);
            if (token.equals("expire")) {
                expire = true;
            } else if (rateLimited.matches()) {
                rateLimitedAttempts = Integer.parseInt(rateLimited.group(1));
            } else if (keyValue.matches()) {
                addKeyValue(token, keyValue.group(1), keyValue.group(2).trim());
            } else {
                throw unknown(token);
            }
        }

        private void addKeyValue(String token, String key, String value) {
            switch (key) {
                case "fail" -> failCode = code(token, value);
                case "reject" -> rejectCode = code(token, value);
                case "render" -> renderTime = millis(token, value);
                case "queue" -> queueTime = millis(token, value);
                case "delay" -> responseDelay = millis(token, value);
                case "status" -> httpStatus = httpStatus(token, value);
                case "videoBytes" -> videoBytes = videoBytes(token, value);
                case "urlTtl" -> urlTtl = millis(token, value);
                case "shape" -> responseShape = require(token, value, SHAPE, "object or array");
                case "afterCreate" -> afterCreate = answerLoss(token, value);
                default -> throw unknown(token);
            }
        }

        private PromptDirectives toDirectives() {
            return new PromptDirectives(Optional.ofNullable(failCode), expire, Optional.ofNullable(renderTime),
                    Optional.ofNullable(queueTime), Optional.ofNullable(rejectCode),
                    httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus), rateLimitedAttempts,
                    Optional.ofNullable(responseDelay),
                    videoBytes == null ? OptionalLong.empty() : OptionalLong.of(videoBytes),
                    Optional.ofNullable(urlTtl), Optional.ofNullable(responseShape), Optional.ofNullable(afterCreate));
        }
    }

    private static String code(String token, String value) {
        return require(token, value, CODE, "an error code such as OutputVideoSensitiveContentDetected");
    }

    private static Duration millis(String token, String value) {
        return Duration.ofMillis(Long.parseLong(require(token, value, MILLIS, "a number of milliseconds")));
    }

    private static int httpStatus(String token, String value) {
        return Integer.parseInt(require(token, value, HTTP_STATUS, "an HTTP error status between 400 and 599"));
    }

    private static AnswerLoss answerLoss(String token, String value) {
        String loss = require(token, value, AFTER_CREATE, "an HTTP error status between 400 and 599, or reset");
        return loss.equals("reset") ? AnswerLoss.connectionCut() : AnswerLoss.status(Integer.parseInt(loss));
    }

    private static long videoBytes(String token, String value) {
        String expected = "a size in bytes from " + MIN_VIDEO_BYTES + " to " + MAX_VIDEO_BYTES;
        long bytes = Long.parseLong(require(token, value, BYTES, expected));
        if (bytes < MIN_VIDEO_BYTES || bytes > MAX_VIDEO_BYTES) {
            throw needs(token, expected);
        }
        return bytes;
    }

    private static String require(String token, String value, Pattern shape, String expected) {
        if (!shape.matcher(value).matches()) {
            throw needs(token, expected);
        }
        return value;
    }

    private static IllegalArgumentException needs(String token, String expected) {
        return new IllegalArgumentException("simulator directive [sim:" + token + "] needs " + expected);
    }

    private static IllegalArgumentException unknown(String token) {
        return new IllegalArgumentException("unknown simulator directive [sim:" + token
                + "]; known: fail=CODE, expire, render=MS, queue=MS, reject=CODE, status=NNN, 429xN, delay=MS, "
                + "videoBytes=N, urlTtl=MS, shape=object|array, afterCreate=NNN|reset");
    }
}
