package io.camelseedance.examples.pipeline;

import io.camelseedance.examples.PipelineDsl;

/**
 * The pipeline written in YAML ({@code routes/video-pipeline.camel.yaml}), told by the provider's callbacks that its
 * tasks ended.
 */
class YamlCallbackVideoPipelineTest extends VideoPipelineContract {

    @Override
    PipelineDsl dsl() {
        return PipelineDsl.YAML;
    }

    @Override
    Completion completion() {
        return Completion.CALLBACK;
    }
}
