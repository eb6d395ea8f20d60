package io.camelseedance.examples.pipeline;

import io.camelseedance.examples.PipelineDsl;

/** The pipeline written in YAML ({@code routes/video-pipeline.camel.yaml}). */
class YamlVideoPipelineTest extends VideoPipelineContract {

    @Override
    PipelineDsl dsl() {
        return PipelineDsl.YAML;
    }
}
