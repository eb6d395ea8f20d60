package io.camelseedance.examples.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;

import io.camelseedance.component.SeedanceConstants;
import io.camelseedance.dsl.SeedanceEndpointBuilderFactory.SeedanceBuilders;

import static io.camelseedance.examples.pipeline.PipelineProperties.LAST_FRAME_KEY;
import static io.camelseedance.examples.pipeline.PipelineProperties.SOURCE;
import static io.camelseedance.examples.pipeline.PipelineProperties.VIDEO_KEY;

/**
 * The video pipeline in the Java DSL, with the Endpoint DSL: a file dropped in the inbox becomes a video in S3 and a
 * notification. {@code routes/video-pipeline.camel.yaml} is the same pipeline in YAML; both read the settings of
 * {@code application.properties}.
 * <ol>
 * <li>take a prompt ({@code .txt}), a request ({@code .json}) or an image ({@code .png}, {@code .jpg}, with an optional
 * same-name {@code .txt} prompt) from the inbox;</li>
 * <li>generate the video with {@code seedance:generate}, continuing when it is done;</li>
 * <li>stream the MP4 and its last frame, which the component downloaded, to S3;</li>
 * <li>notify by mail and/or Slack;</li>
 * <li>move the input to {@code done/}, or, if any step failed, to {@code failed/} with a {@code .reason.txt}.</li>
 * </ol>
 * With a callback base URL configured, the provider's callbacks end the wait of the generate step instead of polling.
 */
public class VideoPipelineRoutes extends EndpointRouteBuilder implements SeedanceBuilders {

    @Override
    public void configure() {
        S3ObjectKeys keys = new S3ObjectKeys();
        keys.setPrefix(getContext().resolvePropertyPlaceholders("{{pipeline.s3.prefix}}"));
        VideoMetadata metadata = new VideoMetadata();
        InboxFileFilter inboxFilter = new InboxFileFilter();
        inboxFilter.setSettle(Long.parseLong(getContext().resolvePropertyPlaceholders("{{pipeline.inbox.settle}}")));

        // the input goes to failed/ because the exception stays unhandled; the reason is reported here, once
        onException(Exception.class)
                .logExhausted(false)
                .process(new RejectionNote())
                .log(LoggingLevel.WARN, PipelineLog.NAME,
                        "${exchangeProperty.pipelineSource}: rejected, moved to failed/: ${exchangeProperty.pipelineRejectionReason}")
                .to(direct("notify-rejection"));

        from(file("{{pipeline.inbox}}").filter(inboxFilter).move(InboxFiles.DONE).moveFailed(InboxFiles.FAILED)
                .delay("{{pipeline.inbox.poll}}")
                // several instances on one inbox: each file claimed by one of them (InboxClaims, set by SharedStoreMode)
                .readLock("{{?pipeline.inbox.read-lock}}")
                .idempotentRepository("{{?pipeline.inbox.claims}}").idempotentKey(InboxClaims.KEY))
                .routeId("video-pipeline")
                .setProperty(SOURCE, header(Exchange.FILE_NAME_ONLY))
                .choice()
                .when(simple("${file:onlyname} !regex '(?i).+\\.(txt|json|png|jpe?g)'"))
                .throwException(IllegalArgumentException.class, "${file:onlyname} is not a prompt (.txt), a"
                        + " request (.json) or an image (.png, .jpg)")
                .end()
                .process(new ImagePrompt())
                // a file taken over from an instance that died adopts the task it had created: never paid twice
                .setHeader(SeedanceConstants.SUBMISSION_KEY,
                        method(InboxClaims.class, "submissionKey(" + InboxClaims.KEY + ")"))
                .log(LoggingLevel.INFO, PipelineLog.NAME, "${exchangeProperty.pipelineSource}: generating a video")
                .to(seedance("generate")
                        .model("{{seedance.model}}")
                        .duration("{{pipeline.video.duration}}")
                        .resolution("{{pipeline.video.resolution}}")
                        .returnLastFrame(true)
                        .waitForCompletion(true)
                        // the MP4 as a stream in the body, its length known; the last frame's PNG in a header
                        .download(true)
                        .downloadLastFrame(true))
                .log(LoggingLevel.INFO, PipelineLog.NAME, "${exchangeProperty.pipelineSource}: task"
                        + " ${header.CamelSeedanceTaskId} ${header.CamelSeedanceTaskStatus}"
                        + " (${header.CamelSeedanceDuration} s, ${header.CamelSeedanceResolution})")
                .setProperty(VIDEO_KEY, method(keys, "video"))
                .to(direct("store-video"))
                .to(direct("notify-video"));

        // Only with callbacks on (pipeline.callback.base-url, see CallbackMode): serves the provider's callbacks. Each
        // one saying a task ended is confirmed with the provider and completes the generate step waiting for that task
        // above; what this route receives afterwards needs nothing more than a line saying the outcome came this way.
        from(seedance("callback")).routeId("video-pipeline-callbacks")
                .precondition("{{pipeline.callback.enabled}}")
                .log(LoggingLevel.INFO, PipelineLog.NAME, "callback: task ${header.CamelSeedanceTaskId}"
                        + " ${header.CamelSeedanceTaskStatus}");

        from(direct("store-video")).routeId("video-pipeline-store")
                .setHeader(AWS2S3Constants.KEY, exchangeProperty(VIDEO_KEY))
                .setHeader(AWS2S3Constants.CONTENT_TYPE, constant("video/mp4"))
                // which input and task the video came from, for anyone reading the bucket
                .setHeader(AWS2S3Constants.METADATA, method(metadata, "of"))
                .to(aws2S3("{{pipeline.s3.bucket}}"))
                .log(LoggingLevel.INFO, PipelineLog.NAME, "${exchangeProperty.pipelineSource}: uploaded"
                        + " s3://{{pipeline.s3.bucket}}/${exchangeProperty.pipelineVideoKey}"
                        + " (${header.CamelAwsS3ContentLength} bytes)")
                .filter(header(SeedanceConstants.LAST_FRAME).isNotNull())
                .setProperty(LAST_FRAME_KEY, method(keys, "lastFrame"))
                .setBody(header(SeedanceConstants.LAST_FRAME))
                // the lengths were the video's; S3 measures the small PNG itself
                .removeHeaders("Content-Length|" + AWS2S3Constants.CONTENT_LENGTH)
                .setHeader(AWS2S3Constants.KEY, exchangeProperty(LAST_FRAME_KEY))
                .setHeader(AWS2S3Constants.CONTENT_TYPE, constant("image/png"))
                .to(aws2S3("{{pipeline.s3.bucket}}"))
                .log(LoggingLevel.INFO, PipelineLog.NAME, "${exchangeProperty.pipelineSource}: uploaded"
                        + " s3://{{pipeline.s3.bucket}}/${exchangeProperty.pipelineLastFrameKey}")
                .end();

        from(direct("notify-video")).routeId("video-pipeline-notify-video")
                .setBody(simple("resource:classpath:notifications/video-ready.txt"))
                .setHeader("Subject", simple("Video ready: ${exchangeProperty.pipelineSource}"))
                .to(direct("notify"));

        from(direct("notify-rejection")).routeId("video-pipeline-notify-rejection")
                .setBody(simple("resource:classpath:notifications/video-rejected.txt"))
                .setHeader("Subject", simple("Video failed: ${exchangeProperty.pipelineSource}"))
                .to(direct("notify"));

        from(direct("notify")).routeId("video-pipeline-notify")
                // a mail carries the message's headers: keep only what the notification itself sets
                .removeHeaders("*", "Subject")
                .filter(simple("${properties:pipeline.notify} contains 'mail'"))
                .to(smtp("{{pipeline.mail.host}}:{{pipeline.mail.port}}")
                        .from("{{pipeline.mail.from}}")
                        .to("{{pipeline.mail.to}}")
                        .username("{{?pipeline.mail.username}}")
                        .password("{{?pipeline.mail.password}}")
                        .advanced().contentType("text/plain; charset=UTF-8"))
                .log(LoggingLevel.INFO, PipelineLog.NAME,
                        "${exchangeProperty.pipelineSource}: notified {{pipeline.mail.to}} by mail")
                .end()
                .filter(simple("${properties:pipeline.notify} contains 'slack'"))
                .to(slack("{{pipeline.slack.channel}}")
                        .webhookUrl("{{pipeline.slack.webhook-url}}")
                        .advanced().lazyStartProducer(true))
                .log(LoggingLevel.INFO, PipelineLog.NAME,
                        "${exchangeProperty.pipelineSource}: notified Slack channel {{pipeline.slack.channel}}")
                .end();
    }
}
