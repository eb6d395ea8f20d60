package io.camelseedance.springboot.example;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Generates a video per prompt and writes the MP4 as {@code <task id>.mp4} into the videos folder. */
@Component
public class VideoRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:generate").routeId("generate")
                .to("seedance:generate?model=dreamina-seedance-2-0-260128&duration=5&resolution=720p"
                        + "&waitForCompletion=true&download=true")
                .to("file:{{videos.directory}}")
                .log("Video ${header.CamelSeedanceTaskId} written to {{videos.directory}}/${header.CamelFileName}");
    }
}
