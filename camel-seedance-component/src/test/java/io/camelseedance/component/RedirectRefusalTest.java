package io.camelseedance.component;

import java.net.http.HttpClient;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.hostile.Answer;
import io.camelseedance.hostile.HostileServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, defect 1: a provider (or anything between) that answers an API call with a redirect to another host must
 * not receive the API key from us. The redirect ends the exchange with an error naming the target host, and the other
 * host receives nothing.
 */
class RedirectRefusalTest extends CamelTestSupport {

    private HostileServer thief;
    private HostileServer provider;
    private String location;

    @BeforeEach
    void servers() throws Exception {
        thief = HostileServer.start("127.0.0.2", Answer.json(200, "{}"));
        location = thief.origin() + "/steal?sig=secret-signature";
        provider = HostileServer.start((request, out) -> {
            int status = Integer.parseInt(request.path().replaceAll(".*/cgt-(\\d{3}).*", "$1"));
            Answer.redirect(status, location).respond(request, out);
        });
    }

    @AfterEach
    void stopServers() {
        thief.close();
        provider.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setApiKey(TestSecrets.API_KEY);
        context.addComponent("seedance", seedance);
        return context;
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectOfAnApiCallIsAnErrorNamingTheTargetAndTheOtherHostGetsNothing(int status) {
        Exchange out = template.request("seedance:task?provider=byteplus&baseUrl=" + provider.origin() + "/api/v3",
                e -> e.getMessage().setHeader(SeedanceConstants.TASK_ID, "cgt-" + status));

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class)
                .hasMessageContaining("redirected to " + thief.origin())
                .hasMessageNotContaining("secret-signature")
                .hasMessageNotContaining(TestSecrets.API_KEY);
        assertThat(((SeedanceApiException) out.getException()).httpStatus()).isEqualTo(status);
        assertThat(provider.requests()).hasSize(1);
        assertThat(thief.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NORMAL", "ALWAYS"})
    void aClientThatFollowsRedirectsIsRefused(String policy) {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.valueOf(policy)).build();

        assertThatThrownBy(() -> SeedanceClient.builder().baseUrl(provider.origin()).apiKey(TestSecrets.API_KEY)
                .httpClient(following).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("follows redirects");
    }
}
