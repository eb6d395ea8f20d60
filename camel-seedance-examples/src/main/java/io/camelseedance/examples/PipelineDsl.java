package io.camelseedance.examples;

import java.util.Locale;
import java.util.Map;

import org.apache.camel.main.Main;

import io.camelseedance.examples.pipeline.VideoPipelineRoutes;
import io.camelseedance.examples.watch.WatchPageMode;
import io.camelseedance.examples.watch.WatchPageRoutes;

/** Which of the two versions of the pipeline runs: they do the same, one is written in Java, one in YAML. */
public enum PipelineDsl {

    JAVA {
        @Override
        void addRoutes(Main main) {
            main.configure().addRoutesBuilder(new VideoPipelineRoutes());
        }
    },
    YAML {
        @Override
        void addRoutes(Main main) {
            main.configure().withRoutesIncludePattern(YAML_ROUTES);
        }
    };

    public static final String YAML_ROUTES = "classpath:routes/video-pipeline.camel.yaml";

    abstract void addRoutes(Main main);

    /**
     * A Camel Main application running this version of the pipeline, with {@code application.properties} overridden
     * by {@code properties}. The caller starts and stops it.
     */
    public Main newMain(Map<String, String> properties) {
        Main main = new Main();
        properties.forEach(main::addOverrideProperty);
        main.addMainListener(new CallbackMode());
        main.addMainListener(new WatchPageMode());
        main.addMainListener(new SharedStoreMode());
        addRoutes(main);
        // the same page for both versions: it watches what they leave in the inbox and the bucket
        main.configure().addRoutesBuilder(new WatchPageRoutes());
        return main;
    }

    public static PipelineDsl parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
