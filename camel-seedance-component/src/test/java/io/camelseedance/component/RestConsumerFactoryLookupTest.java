package io.camelseedance.component;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.RestConsumerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestConsumerFactoryLookupTest {

    private final CamelContext context = new DefaultCamelContext();
    private final RestConsumerFactory mine = (ctx, processor, verb, basePath, uriTemplate, consumes, produces,
            configuration, parameters) -> null;

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theOptionComesFirst() {
        context.getRegistry().bind("myServer", mine);
        context.getRestConfiguration().setComponent("platform-http");

        assertThat(RestConsumerFactoryLookup.find(context, "myServer")).isSameAs(mine);
    }

    @Test
    void thenTheRestConfigurationsComponent() {
        context.getRegistry().bind("myServer", mine);
        context.getRestConfiguration().setComponent("myServer");

        assertThat(RestConsumerFactoryLookup.find(context, null)).isSameAs(mine);
    }

    @Test
    void thenPlatformHttpWhenItIsOnTheClasspath() {
        context.getRegistry().bind("myServer", mine);

        assertThat(RestConsumerFactoryLookup.find(context, null)).isInstanceOf(PlatformHttpComponent.class);
    }

    @Test
    void aNamedServerMustBeARestConsumerFactory() {
        context.getRegistry().bind("notAServer", Map.of());

        assertThatThrownBy(() -> RestConsumerFactoryLookup.find(context, "notAServer"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpServerComponent 'notAServer'");
        assertThatThrownBy(() -> RestConsumerFactoryLookup.find(context, "no-such-thing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a known component or bean");
    }
}
