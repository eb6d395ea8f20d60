package io.camelseedance.examples.pipeline;

/**
 * The log category of the pipeline's own lines (submitted, finished, uploaded, notified, rejected), so that a person
 * can follow each input file with one logger switched on; the seedance component's progress lines come from
 * {@code io.camelseedance.tracking}.
 */
public final class PipelineLog {

    public static final String NAME = "io.camelseedance.pipeline";

    private PipelineLog() {
    }
}
