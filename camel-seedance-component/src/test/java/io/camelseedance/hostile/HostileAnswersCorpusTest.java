package io.camelseedance.hostile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceException;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.client.RetryPolicy;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.hostile.HostileServer.Responder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-answers corpus (issue 12): more than a hundred answers a provider, a relay or something in between may
 * give (wrong types, missing fields, huge and endless bodies, a slow drip, invalid UTF-8, HTML error pages,
 * redirects, 200 with an error body, broken connections), each served by a {@link HostileServer} on 127.0.0.1 to a
 * real {@link SeedanceClient}. Each must end, within a bound, in a clear error of the expected kind that says what
 * went wrong, never quotes the API key (the server echoes it back in some answers), and never holds a huge body.
 */
class HostileAnswersCorpusTest {

    /** Every call ends well within this: the request timeout is {@link #TIMEOUT}. */
    static final Duration BOUND = Duration.ofSeconds(15);
    static final Duration TIMEOUT = Duration.ofMillis(1500);
    static final long MB = 1024 * 1024;

    /** What is called: the operation, against which provider. */
    enum Call {
        GET("byteplus"),
        CREATE("byteplus"),
        LIST("byteplus"),
        BATCH("acedata"),
        ACE_GET("acedata"),
        UNIFIED_GET("unified"),
        EVOLINK_GET("evolink"),
        APIMART_GET("apimart");

        final String provider;

        Call(String provider) {
            this.provider = provider;
        }

        CompletableFuture<?> on(SeedanceClient client) {
            return switch (this) {
                case CREATE -> client.create(VideoRequest.builder().model("dreamina-seedance-2-0-260128")
                        .prompt("a kite").build());
                case LIST -> client.list(TaskQuery.ofIds(List.of("cgt-1")));
                case BATCH -> client.getMany(List.of("cgt-1", "cgt-2"));
                default -> client.get("cgt-1");
            };
        }
    }

    /** One hostile answer, and what the caller must get from it. */
    record Case(String name, Call call, Responder answer, Class<? extends Throwable> expected, String says) {
        @Override
        public String toString() {
            return call + " " + name;
        }
    }

    private static HostileServer server;
    private static final List<Case> CASES = corpus();

    @BeforeAll
    static void start() throws Exception {
        // the case is the first path segment: /c<index>/...
        server = HostileServer.start((request, out) -> {
            int index = Integer.parseInt(request.path().substring(2, request.path().indexOf('/', 1)));
            CASES.get(index).answer().respond(request, out);
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        Class<SeedanceApiException> api = SeedanceApiException.class;
        Class<SeedanceOutcomeUnknownException> unknown = SeedanceOutcomeUnknownException.class;
        Class<SeedanceException> any = SeedanceException.class;

        // wrong types at the top level and in the fields of an Ark task
        for (String body : List.of("[]", "[{\"id\":\"cgt-1\",\"status\":\"running\"}]", "\"cgt-1\"", "42", "true",
                "null", "{\"id\":{\"v\":\"cgt-1\"},\"status\":\"running\"}",
                "{\"id\":[\"cgt-1\"],\"status\":\"running\"}",
                "{\"id\":null,\"status\":\"running\"}", "{\"id\":true,\"status\":\"running\"}")) {
            c.add(new Case("wrong type " + body, Call.GET, Answer.json(200, body), api, "expected the task cgt-1"));
        }
        for (String status : List.of("7", "[\"running\"]", "{\"s\":\"running\"}", "null", "false", "\"\"", "\"  \"")) {
            c.add(new Case("status " + status, Call.GET,
                    Answer.json(200, "{\"id\":\"cgt-1\",\"status\":" + status + "}"),
                    api, "status"));
        }
        c.add(new Case("id as a number", Call.GET, Answer.json(200, "{\"id\":1,\"status\":\"running\"}"), api,
                "another task's id (1)"));
        c.add(new Case("id with a path in it", Call.GET,
                Answer.json(200, "{\"id\":\"../../etc/passwd\",\"status\":\"running\"}"), api,
                "a task id with characters no task id has"));
        c.add(new Case("another task", Call.GET, Answer.json(200, "{\"id\":\"cgt-9\",\"status\":\"running\"}"), api,
                "another task's id (cgt-9)"));

        // missing fields
        for (String body : List.of("{}", "{\"status\":\"succeeded\"}", "{\"id\":\"\",\"status\":\"running\"}",
                "{\"content\":{\"video_url\":\"https://x/v.mp4\"}}", "{\"data\":{}}")) {
            c.add(new Case("missing " + body, Call.GET, Answer.json(200, body), api, "expected the task cgt-1"));
        }
        c.add(new Case("no status", Call.GET, Answer.json(200, "{\"id\":\"cgt-1\"}"), api, "no status"));
        for (Call call : List.of(Call.ACE_GET, Call.UNIFIED_GET, Call.EVOLINK_GET, Call.APIMART_GET)) {
            for (String body : List.of("{}", "[]", "\"x\"", "{\"data\":[]}",
                    "{\"id\":{},\"task_id\":[],\"status\":1}")) {
                c.add(new Case("missing " + body, call, Answer.json(200, body), api, "expected the task cgt-1"));
            }
        }
        c.add(new Case("create {}", Call.CREATE, Answer.json(200, "{}"), unknown, "no task id"));
        c.add(new Case("create []", Call.CREATE, Answer.json(200, "[]"), unknown, "no task id"));
        c.add(new Case("create id null", Call.CREATE, Answer.json(200, "{\"id\":null}"), unknown, "no task id"));
        c.add(new Case("create html", Call.CREATE, Answer.text(200, "text/html", "<html>ok</html>"), unknown,
                "not JSON"));
        for (String body : List.of("{}", "{\"items\":{}}", "{\"items\":\"none\"}", "{\"items\":null}")) {
            c.add(new Case("list " + body, Call.LIST, Answer.json(200, body), api, "items"));
        }
        for (String body : List.of("{\"items\":[{}]}", "{\"items\":[{\"id\":\"cgt-1\"}]}",
                "{\"items\":[{\"status\":\"running\"}]}", "{\"items\":[1,2]}")) {
            c.add(new Case("list " + body, Call.LIST, Answer.json(200, body), api, "expected a task list"));
        }
        for (String body : List.of("{}", "{\"items\":\"x\"}", "{\"items\":[{}]}", "[]")) {
            c.add(new Case("batch " + body, Call.BATCH, Answer.json(200, body), api, "expected a batch of tasks"));
        }

        // huge and endless bodies
        c.add(new Case("20 MB announced", Call.GET, Answer.huge(200, "application/json", 20 * MB, true, (byte) ' '),
                any, "larger than 16 MB"));
        c.add(new Case("20 MB unannounced", Call.GET, Answer.huge(200, "application/json", 20 * MB, false, (byte) ' '),
                any, "larger than 16 MB"));
        c.add(new Case("20 MB error page", Call.GET, Answer.huge(500, "text/html", 20 * MB, true, (byte) 'x'), any,
                "larger than 16 MB"));
        c.add(new Case("20 MB create answer", Call.CREATE, Answer.huge(200, "application/json", 20 * MB, true,
                (byte) ' '), unknown, "larger than 16 MB"));
        c.add(new Case("20 MB list", Call.LIST, Answer.huge(200, "application/json", 20 * MB, false, (byte) ' '), any,
                "larger than 16 MB"));
        c.add(new Case("endless 200", Call.GET, Answer.endless(200, "application/json", "{\"id\":".getBytes()), any,
                "larger than 16 MB"));
        c.add(new Case("endless 503", Call.GET, Answer.endless(503, "text/html", "<html>".getBytes()), any,
                "larger than 16 MB"));
        c.add(new Case("endless create", Call.CREATE, Answer.endless(200, "application/json", new byte[0]), unknown,
                "larger than 16 MB"));
        c.add(new Case("15 MB of valid JSON whitespace", Call.GET, Answer.huge(200, "application/json", 15 * MB, true,
                (byte) ' '), api, "empty body"));

        // a slow drip: headers at once, then a byte now and then; headers that never end
        byte[] task = "{\"id\":\"cgt-1\",\"status\":\"running\"}".getBytes(StandardCharsets.UTF_8);
        c.add(new Case("drip 200", Call.GET, Answer.drip(200, "application/json", task, Duration.ofMillis(200)), any,
                "no complete answer within 1500 ms"));
        c.add(new Case("drip 500", Call.GET, Answer.drip(500, "application/json", task, Duration.ofMillis(200)), any,
                "no complete answer within 1500 ms"));
        c.add(new Case("drip create", Call.CREATE, Answer.drip(200, "application/json", task, Duration.ofMillis(200)),
                unknown, "no complete answer within 1500 ms"));
        c.add(new Case("drip headers", Call.GET, Answer.dripHeaders(Duration.ofMillis(100)), any,
                "HttpTimeoutException"));

        // invalid UTF-8
        byte[] badUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        c.add(new Case("invalid UTF-8 in a value", Call.GET, Answer.of(200, "application/json", badUtf8), api,
                "no status"));
        c.add(new Case("invalid UTF-8 throughout", Call.GET, Answer.of(200, "application/json",
                new byte[]{(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, (byte) 0x80}), api, "not JSON"));
        c.add(new Case("UTF-16 body", Call.GET, Answer.of(200, "application/json",
                "{\"id\":\"cgt-1\",\"status\":\"running\"}".getBytes(StandardCharsets.UTF_16)), api, "not JSON"));
        c.add(new Case("invalid UTF-8 in an error", Call.GET, Answer.of(400, "application/json",
                new byte[]{'{', '"', 'e', 'r', 'r', 'o', 'r', '"', ':', '"', (byte) 0xFF, '"', '}'}), api, "HTTP 400"));
        c.add(new Case("lone surrogate escape in the id", Call.GET,
                Answer.json(200, "{\"id\":\"cgt-1\\uD800\",\"status\":\"running\"}"), api,
                "a task id with characters no task id has"));

        // HTML error pages, with and without the key echoed back
        for (int status : new int[]{200, 400, 401, 403, 404, 429, 500, 502, 503, 504}) {
            c.add(new Case("HTML " + status, Call.GET, Answer.text(status, "text/html",
                    "<!DOCTYPE html><html><head><title>" + status + " Bad Gateway</title></head><body><h1>cloudflare"
                            + "</h1></body></html>"),
                    api, status == 200 ? "not JSON" : "HTTP " + status));
        }
        for (int status : new int[]{200, 401, 500}) {
            c.add(new Case("HTML " + status + " echoing the request", Call.GET, echo(status), api,
                    status == 200 ? "not JSON" : "HTTP " + status));
        }
        c.add(new Case("JSON echoing the request", Call.GET, (request, out) -> Answer.json(200, "{\"id\":\""
                + request.header("Authorization") + "\",\"status\":\"running\"}").respond(request, out),
                SeedanceApiException.class, "a task id with characters no task id has"));
        c.add(new Case("create echoing the request", Call.CREATE, echo(502), unknown, "HTTP 502"));
        c.add(new Case("plain text 200", Call.GET, Answer.text(200, "text/plain", "OK"), api, "not JSON"));
        c.add(new Case("empty 200", Call.GET, Answer.text(200, "application/json", ""), api, "empty body"));
        c.add(new Case("empty 204", Call.GET, Answer.of(204, null, new byte[0]), api, "empty body"));
        c.add(new Case("XML 200", Call.GET, Answer.text(200, "application/xml", "<task><id>cgt-1</id></task>"), api,
                "not JSON"));
        c.add(new Case("JSON with trailing garbage", Call.GET,
                Answer.json(200, "{\"id\":\"cgt-1\",\"status\":\"running\"} <html>"), api, "not JSON"));
        c.add(new Case("JSON nested 5000 deep", Call.GET, Answer.json(200, "{\"id\":\"cgt-1\",\"status\":\"running\","
                + "\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), api, "not JSON"));

        // redirects
        for (int status : new int[]{301, 302, 303, 307, 308}) {
            c.add(new Case("redirect " + status, Call.GET, Answer.redirect(status, "http://127.0.0.2:9/steal"), api,
                    "redirected to http://127.0.0.2:9"));
        }
        c.add(new Case("redirect create", Call.CREATE, Answer.redirect(302, "http://127.0.0.2:9/steal"), api,
                "redirected to http://127.0.0.2:9"));
        c.add(new Case("redirect list", Call.LIST, Answer.redirect(307, "https://metadata.example/latest"), api,
                "redirected to https://metadata.example"));
        c.add(new Case("redirect without Location", Call.GET, Answer.of(302, "text/plain", new byte[0]), api,
                "redirected to (no valid Location)"));
        c.add(new Case("redirect to the same host", Call.GET, Answer.redirect(301, "/api/v3/elsewhere"), api,
                "redirected to http://127.0.0.1"));
        c.add(new Case("redirect with credentials in the URL", Call.GET,
                Answer.redirect(302, "http://user:pass@127.0.0.2:9/x?token=t"), api, "redirected to http://127.0.0.2"));

        // 200 with an error body
        c.add(new Case("200 Ark error", Call.GET, Answer.json(200, "{\"error\":{\"code\":\"InternalServiceError\","
                + "\"message\":\"try later\"}}"), api, "no status"));
        c.add(new Case("200 code/message", Call.GET, Answer.json(200, "{\"code\":500,\"message\":\"fail\"}"), api,
                "no status"));
        c.add(new Case("APIMart envelope error", Call.APIMART_GET, Answer.json(200,
                "{\"code\":402,\"error\":{\"code\":402,\"message\":\"insufficient balance\",\"type\":\"payment_required\"}}"),
                api, "payment_required"));
        c.add(new Case("Ace success false", Call.ACE_GET, Answer.json(200,
                "{\"success\":false,\"error\":{\"code\":\"forbidden\",\"message\":\"no\"}}"), api,
                "expected the task cgt-1"));
        c.add(new Case("EvoLink error body", Call.EVOLINK_GET, Answer.json(200,
                "{\"error\":{\"code\":\"invalid_request\",\"message\":\"bad\",\"type\":\"invalid_request_error\"}}"),
                api,
                "no status"));
        c.add(new Case("unified error body", Call.UNIFIED_GET,
                Answer.json(200, "{\"code\":\"fail\",\"message\":\"x\"}"),
                api, "statusPointer"));
        c.add(new Case("create 200 with error", Call.CREATE, Answer.json(200, "{\"error\":{\"code\":\"QuotaExceeded\","
                + "\"message\":\"quota\"}}"), unknown, "no task id at id"));

        // error statuses with bodies of the wrong shape
        for (String body : List.of("{\"error\":\"a string\"}", "{\"error\":42}", "{\"error\":[]}", "[]", "null", "",
                "{\"error\":{\"code\":{},\"message\":[]}}")) {
            c.add(new Case("400 " + body, Call.GET, Answer.json(400, body), api, "HTTP 400"));
        }
        c.add(new Case("create 500", Call.CREATE, Answer.json(500, "{}"), unknown, "HTTP 500"));
        c.add(new Case("unknown status 599", Call.GET, Answer.json(599, "{}"), api, "HTTP 599"));
        c.add(new Case("informational 1xx final", Call.GET, Answer.text(199, "text/plain", "?"), any, ""));

        // broken connections
        c.add(new Case("hang up", Call.GET, Answer.hangUp(), any, "failed"));
        c.add(new Case("hang up on create", Call.CREATE, Answer.hangUp(), unknown, "outcome unknown"));
        c.add(new Case("not HTTP", Call.GET, Answer.garbage("SSH-2.0-OpenSSH_9.6\r\n".getBytes()), any, "failed"));
        c.add(new Case("truncated body", Call.GET, Answer.truncated(200, "application/json", task, 500), any,
                "failed"));
        c.add(new Case("truncated create", Call.CREATE, Answer.truncated(200, "application/json", task, 500), unknown,
                "outcome unknown"));
        return c;
    }

    /** An HTML page that shows the request's headers, as some proxies' error pages do. */
    private static Responder echo(int status) {
        return (request, out) -> Answer.text(status, "text/html", "<html><body>Your request: Authorization: "
                + request.header("Authorization") + " " + request.headers() + "</body></html>").respond(request, out);
    }

    static List<Case> cases() {
        return CASES;
    }

    @Test
    void theCorpusHasMoreThanAHundredAnswers() {
        assertThat(CASES).hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileAnswerEndsInAClearErrorWithinABoundAndWithoutTheKey(Case hostile) throws Exception {
        int index = CASES.indexOf(hostile);
        SeedanceClient client = SeedanceClient.builder().provider(hostile.call().provider)
                .baseUrl(server.origin() + "/c" + index + "/api/v3").apiKey(TestSecrets.API_KEY)
                .requestTimeout(TIMEOUT).connectTimeout(TIMEOUT)
                .retry(new RetryPolicy(0, Duration.ofMillis(10), Duration.ofMillis(10))).build();

        Throwable error;
        try {
            error = failure(hostile.call().on(client));
        } catch (AssertionError accepted) {
            throw new AssertionError(hostile + ": " + accepted.getMessage());
        }

        assertThat(error).as("%s", hostile).isInstanceOf(hostile.expected());
        assertThat(allMessages(error)).as("%s", hostile).contains(hostile.says()).doesNotContain(TestSecrets.API_KEY);
        assertThat(error.getMessage()).as("%s: a message, not a body", hostile).hasSizeLessThan(1500);
        if (error instanceof SeedanceApiException apiError && apiError.responseBody() != null) {
            assertThat(apiError.responseBody()).doesNotContain(TestSecrets.API_KEY)
                    .hasSizeLessThanOrEqualTo(SeedanceApiException.MAX_KEPT_BODY + 40);
        }
    }

    private static Throwable failure(CompletableFuture<?> call) throws Exception {
        try {
            Object result = call.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("a hostile answer was accepted: " + result);
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** The message of the error and of its causes: an outcome-unknown error says why in its cause too. */
    private static String allMessages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
