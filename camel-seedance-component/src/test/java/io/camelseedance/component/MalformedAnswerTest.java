package io.camelseedance.component;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.hostile.Answer;
import io.camelseedance.hostile.HostileServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, defect 2: a provider answered {@code 200 {}} and the exchange got a task with a null id, status UNKNOWN,
 * {@code CamelFileName=null.mp4} and no exception. Every answer is now checked against what the operation needs.
 */
class MalformedAnswerTest extends CamelTestSupport {

    private HostileServer provider;

    @AfterEach
    void stop() {
        if (provider != null) {
            provider.close();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setApiKey(TestSecrets.API_KEY);
        seedance.getConfiguration().setModel(SeedanceTestSupport.MODEL);
        seedance.getConfiguration().setMaxRetries(0);
        context.addComponent("seedance", seedance);
        return context;
    }

    private Exchange send(String operation, String answer, String body) throws Exception {
        provider = HostileServer.start(Answer.json(200, answer));
        return template.request("seedance:" + operation + "?provider=byteplus&baseUrl=" + provider.origin() + "/api/v3",
                e -> {
                    e.getMessage().setHeader(SeedanceConstants.TASK_ID, "cgt-1");
                    e.getMessage().setBody(body);
                });
    }

    @Test
    void anEmptyObjectIsNotATask() throws Exception {
        Exchange out = send("task", "{}", null);

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class)
                .hasMessageContaining("expected the task cgt-1, but the answer has no status");
        assertThat(((SeedanceApiException) out.getException()).responseBody()).isEqualTo("{}");
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_STATUS)).isNull();
        assertThat(out.getMessage().getHeader(Exchange.FILE_NAME)).isNull();
    }

    @Test
    void aTaskWithoutAnIdIsNotATask() throws Exception {
        Exchange out = send("task", "{\"status\":\"running\"}", null);

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class)
                .hasMessageContaining("but the answer has no task id");
    }

    @Test
    void anotherTasksAnswerIsNotThisTask() throws Exception {
        Exchange out = send("task", "{\"id\":\"cgt-2\",\"status\":\"running\"}", null);

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class)
                .hasMessageContaining("expected the task cgt-1, but the answer has another task's id (cgt-2)");
    }

    @Test
    void anErrorBodyWith200SaysWhatItSays() throws Exception {
        Exchange out = send("task", "{\"error\":{\"code\":\"QuotaExceeded\",\"message\":\"no more\"}}", null);

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class)
                .hasMessageContaining("no status");
    }

    @Test
    void aListWithoutItemsIsNotAList() throws Exception {
        Exchange out = send("tasks", "{\"total\":3}", null);

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class)
                .hasMessageContaining("expected a task list, but the answer has no items list");
    }

    @Test
    void anEmptyCreateAnswerLeavesTheOutcomeUnknownAndSaysWhy() throws Exception {
        Exchange out = send("generate", "{}", "a kite");

        assertThat(out.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class)
                .hasMessageContaining("the task just created").hasMessageContaining("no task id")
                .hasCauseInstanceOf(SeedanceApiException.class);
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo("cgt-1"); // the header sent
    }
}
