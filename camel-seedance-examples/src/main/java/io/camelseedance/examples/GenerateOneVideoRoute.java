package io.camelseedance.examples;

import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import io.camelseedance.component.SeedanceConstants;

/**
 * Submits one prompt, polls the task until it ends, downloads the MP4 and reports its path. (The component's own
 * wait-for-completion and download options replace the polling loop and the HTTP step once they exist.)
 */
public class GenerateOneVideoRoute extends RouteBuilder {

    private final Consumer<String> outcome;

    public GenerateOneVideoRoute(Consumer<String> outcome) {
        this.outcome = outcome;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .process(e -> outcome.accept("Failed: " + e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)
                        .getMessage()));

        from("timer:demo?repeatCount=1").routeId("seedance-demo")
                .setBody(simple("{{seedance.prompt}}"))
                .to("seedance:generate?model={{seedance.model}}&duration=5&returnLastFrame=true")
                .log("Submitted task ${header.CamelSeedanceTaskId}")
                .loopDoWhile(simple("${header.CamelSeedanceTaskStatus} in 'QUEUED,RUNNING,UNKNOWN'"))
                    .delay(simple("{{seedance.pollDelay}}"))
                    .to("seedance:task")
                    .log("Task ${header.CamelSeedanceTaskId} is ${header.CamelSeedanceTaskStatus}")
                .end()
                .choice()
                    .when(header(SeedanceConstants.TASK_STATUS).isEqualTo("SUCCEEDED"))
                        .setProperty("videoFile", header(Exchange.FILE_NAME))
                        .setBody(constant(null))
                        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                        .toD("${header.CamelSeedanceVideoUrl}")
                        .setHeader(Exchange.FILE_NAME, exchangeProperty("videoFile"))
                        .to("file:{{seedance.output}}")
                        .process(e -> outcome.accept("Video ready: "
                                                     + e.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED)))
                    .otherwise()
                        .process(e -> outcome.accept("Task " + e.getMessage().getHeader(SeedanceConstants.TASK_ID)
                                                     + " ended " + e.getMessage().getHeader(SeedanceConstants.TASK_STATUS)
                                                     + ": " + e.getMessage().getHeader(SeedanceConstants.ERROR_MESSAGE)));
    }
}
