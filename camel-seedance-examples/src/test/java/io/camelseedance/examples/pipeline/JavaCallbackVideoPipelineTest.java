package io.camelseedance.examples.pipeline;

import io.camelseedance.examples.PipelineDsl;

/**
 * The pipeline written in the Java DSL ({@link VideoPipelineRoutes}), told by the provider's callbacks that its tasks
 * ended.
 */
class JavaCallbackVideoPipelineTest extends VideoPipelineContract {

    @Override
    PipelineDsl dsl() {
        return PipelineDsl.JAVA;
    }

    @Override
    Completion completion() {
        return Completion.CALLBACK;
    }
}
