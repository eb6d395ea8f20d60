package io.camelseedance.component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoRequestReader;
import io.camelseedance.api.VideoTask;
import io.camelseedance.client.ReconcilePolicy;
import io.camelseedance.client.RetryPolicy;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.component.ContractExamples.Example;
import io.camelseedance.provider.NeutralFields;
import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.Providers;
import io.camelseedance.provider.RequestField;
import io.camelseedance.simulator.RecordedRequest;

import static io.camelseedance.provider.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What every registered provider must do, over real HTTP against its simulated API, whether it ships with the
 * component or exists in test scope only:
 * <ul>
 * <li>each documented example request (see {@link ContractExamples}: the neutral request, and the exact JSON the
 * provider must receive) reaches the simulator as that JSON, once, and its task is followed to
 * a downloadable video;</li>
 * <li>each neutral field the provider declares it cannot carry is refused, naming the field and the provider, with no
 * request sent; every other field is not refused as one it cannot carry;</li>
 * <li>each error the provider answers becomes a {@link SeedanceApiException} with the provider's code, message and
 * request id;</li>
 * <li>each feature it declares works, and each it does not declare is not used.</li>
 * </ul>
 * An example may write {@code ${callbackUrl}} where the provider's document has a callback URL: the callbacks then go
 * to this test.
 */
class ProviderContractTest extends SeedanceTestSupport {

    private static final String CALLBACK_URL = "${callbackUrl}";

    private final CallbackCatcher callbacks = new CallbackCatcher();

    @Override
    protected void configure(SeedanceComponent seedance) {
        keyOnly(seedance);
    }

    @AfterEach
    void stopCatcher() {
        callbacks.close();
    }

    static Stream<String> providers() {
        return Providers.all().stream().map(ProviderDescriptor::id);
    }

    static Stream<Example> examples() {
        return providers().flatMap(id -> ContractExamples.of(id).stream());
    }

    static Stream<Arguments> fields() {
        return providers().flatMap(id -> Stream.of(RequestField.values()).map(field -> Arguments.of(id, field)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void documentsItsExamples(String provider) {
        assertThat(ContractExamples.of(provider)).as("examples of %s", provider).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void sendsEachExampleExactlyAndFollowsItToADownloadableVideo(Example example) {
        String provider = example.provider();
        // without reconciliation's expiry mark, so that the body is the example's exactly
        Exchange created = send(endpoint("generate", provider, "&reconcileLostCreates=false"), request(example));

        assertThat(created.getException()).isNull();
        List<RecordedRequest> sent = SIM.simulator().requests();
        assertThat(sent).singleElement().satisfies(post -> {
            assertThat(post.method()).isEqualTo(example.document().path("method").asText());
            assertThat(post.path()).isEqualTo(basePath(provider) + example.path());
            assertThat(post.header("authorization")).isEqualTo("Bearer " + KEY);
            assertThat(parse(post.body())).isEqualTo(parse(withCallbackUrl(example.document().path("body"))));
        });
        VideoTask task = created.getMessage().getBody(VideoTask.class);
        assertThat(task.provider()).isEqualTo(provider);

        VideoTask done = task.isTerminal() ? task : followToEnd(endpoint("task", provider, ""), task.id());

        assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(Downloads.isMp4(Downloads.get(done.videoUrl()))).isTrue();
        if (Boolean.TRUE.equals(request(example).returnLastFrame())) {
            assertThat(new String(Downloads.get(done.lastFrameUrl()), 1, 3, StandardCharsets.US_ASCII))
                    .isEqualTo("PNG");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fields")
    void refusesEachFieldItCannotCarryWithoutARequest(String provider, RequestField field) {
        ProviderDescriptor descriptor = Providers.of(provider);
        VideoRequest request = NeutralFields.set(request(ContractExamples.first(provider)).toBuilder(),
                field.field()).build();
        Violation cannotCarry = field.violation(provider);

        if (descriptor.cannotCarry().contains(field)) {
            Exchange out = send(endpoint("generate", provider, ""), request);

            assertThat(out.getException()).isInstanceOfSatisfying(SeedanceValidationException.class,
                    e -> assertThat(e.violations()).contains(cannotCarry));
            assertThat(SIM.simulator().requests()).isEmpty();
        } else {
            assertThat(descriptor.newDialect(Map.of()).unsupported(request, ValidationMode.strict))
                    .doesNotContain(cannotCarry);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void mapsEachErrorToAnApiExceptionWithCodeMessageAndRequestId(String provider) {
        Example example = ContractExamples.first(provider);
        String create = basePath(provider) + example.path();
        String noRetry = "&maxRetries=0";

        SIM.simulator().failNext("POST", create, 401, 1);
        assertApiError(provider, 401, false, send(endpoint("generate", provider, noRetry), request(example)));
        SIM.simulator().failNext("POST", create, 429, 1);
        assertApiError(provider, 429, true, send(endpoint("generate", provider, noRetry), request(example)));

        String id = send(endpoint("generate", provider, ""), request(example)).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class);
        String getMethod = Providers.of(provider).newDialect(Map.of()).get(id).method();
        SIM.simulator().failNext(getMethod, basePath(provider), 500, 1);
        assertApiError(provider, 500, true, send(endpoint("task", provider, noRetry), id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void listsAndCancelsOnlyWhereItSaysItCan(String provider) throws Exception {
        SeedanceClient client = client(provider);
        VideoRequest example = request(ContractExamples.first(provider));
        // kept queued, so the cancel meets a cancellable task however slowly the machine gets to it
        VideoTask task = client.create(example.toBuilder().prompt(example.prompt() + " [sim:queue=3600000]").build())
                .get(10, TimeUnit.SECONDS);
        boolean list = Providers.of(provider).features().has(Feature.LIST);
        boolean cancel = Providers.of(provider).features().has(Feature.CANCEL);

        if (list) {
            assertThat(client.list(TaskQuery.ofIds(List.of(task.id()))).get(10, TimeUnit.SECONDS).items())
                    .extracting(VideoTask::id).containsExactly(task.id());
        } else {
            assertThatThrownBy(() -> client.list(TaskQuery.all()).join()).hasMessageContaining("does not support");
        }
        if (cancel) {
            client.cancel(task.id()).get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> client.get(task.id()).handle((t, e) -> e != null || t.isTerminal()).join());
        } else {
            assertThatThrownBy(() -> client.cancel(task.id()).join()).hasMessageContaining("does not support");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void fetchesManyTasksInOneCallOnlyWhereItSaysItCan(String provider) throws Exception {
        SeedanceClient client = client(provider);
        VideoRequest request = request(ContractExamples.first(provider));
        String a = client.create(request).get(10, TimeUnit.SECONDS).id();
        String b = client.create(request).get(10, TimeUnit.SECONDS).id();
        SIM.simulator().clearRequests();

        List<VideoTask> tasks = client.getMany(List.of(a, b)).get(10, TimeUnit.SECONDS);

        assertThat(tasks).extracting(VideoTask::id).containsExactlyInAnyOrder(a, b);
        assertThat(SIM.simulator().requests())
                .hasSize(Providers.of(provider).features().has(Feature.BATCH_GET) ? 1 : 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void reSendsALostCreateOnlyWhereItSaysItIsIdempotent(String provider) throws Exception {
        Example example = ContractExamples.first(provider);
        SIM.simulator().failNext("POST", basePath(provider) + example.path(), 503, 1);

        var create = client(provider).create(request(example));

        if (Providers.of(provider).features().has(Feature.IDEMPOTENT_CREATE)) {
            assertThat(create.get(10, TimeUnit.SECONDS).id()).isNotBlank();
            assertThat(SIM.simulator().requests()).hasSize(2);
        } else {
            assertThatThrownBy(create::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(SeedanceOutcomeUnknownException.class);
            assertThat(SIM.simulator().requests("POST", basePath(provider))).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void pushesTheOutcomeToTheCallbackUrlOnlyWhereItSaysItCan(String provider) throws Exception {
        ProviderDescriptor descriptor = Providers.of(provider);
        if (!descriptor.features().has(Feature.CALLBACKS)) {
            assertThat(descriptor.cannotCarry()).contains(RequestField.CALLBACK_URL);
            return;
        }
        VideoRequest request = request(ContractExamples.first(provider)).toBuilder()
                .callbackUrl(callbacks.url()).build();

        VideoTask task = client(provider).create(request).get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(10)).until(() -> callbacks.bodies().stream()
                .map(body -> descriptor.newDialect(Map.of()).parseCallback(body))
                .anyMatch(pushed -> pushed.id().equals(task.id()) && pushed.status() == TaskStatus.SUCCEEDED));
    }

    private static void assertApiError(String provider, int status, boolean retryable, Exchange out) {
        assertThat(out.getException()).isInstanceOfSatisfying(SeedanceApiException.class, e -> {
            assertThat(e.provider()).isEqualTo(provider);
            assertThat(e.httpStatus()).isEqualTo(status);
            assertThat(e.code()).as("code").isNotBlank();
            assertThat(e.requestId()).as("request id").isNotBlank();
            assertThat(e.getMessage()).as("the provider's message after the code").matches(
                    "Seedance " + provider + " API error: HTTP " + status + " " + Pattern.quote(e.code())
                            + "( \\(param [^)]*\\))?: \\S.*");
            assertThat(e.isRetryable()).isEqualTo(retryable);
        });
    }

    private VideoRequest request(Example example) {
        return VideoRequestReader.fromJson(withCallbackUrl(example.request()));
    }

    /** The JSON with this test's callback URL where the example has the placeholder. */
    private String withCallbackUrl(JsonNode json) {
        return json.toString().replace(CALLBACK_URL, callbacks.url());
    }

    private static String endpoint(String operation, String provider, String options) {
        return "seedance:" + operation + "?provider=" + provider + "&baseUrl=" + SIM.baseUrl(provider) + options;
    }

    private static String basePath(String provider) {
        return URI.create(SIM.baseUrl(provider)).getPath();
    }

    private static SeedanceClient client(String provider) {
        return SeedanceClient.builder().provider(provider).baseUrl(SIM.baseUrl(provider)).apiKey(KEY)
                .retry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)))
                // the contract is the provider's wire format, which the marks of reconciliation add to; the search
                // for lost creates has its own test (LostCreateReconciliationTest)
                .reconcile(ReconcilePolicy.off()).build();
    }
}
