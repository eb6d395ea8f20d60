package io.camelseedance.examples.pipeline;

import io.camelseedance.examples.PipelineDsl;

/** The pipeline written in the Java DSL with the Endpoint DSL ({@link VideoPipelineRoutes}). */
class JavaVideoPipelineTest extends VideoPipelineContract {

    @Override
    PipelineDsl dsl() {
        return PipelineDsl.JAVA;
    }
}
