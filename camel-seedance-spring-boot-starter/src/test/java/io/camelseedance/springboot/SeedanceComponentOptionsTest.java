package io.camelseedance.springboot;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import io.camelseedance.component.SeedanceComponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedanceComponentOptionsTest {

    @Test
    void bindsKebabCaseAndMapOptions() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camel.component.seedance.base-url", "http://a")
                .withProperty("camel.component.seedance.provider-options.mode", "blocking")
                .withProperty("camel.component.seedance.enabled", "true");
        SeedanceComponent component = new SeedanceComponent();

        SeedanceComponentOptions.from(environment).applyTo(new DefaultCamelContext(), component);

        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo("http://a");
        assertThat(component.getConfiguration().getProviderOptions()).containsEntry("mode", "blocking");
    }

    @Test
    void refusesANameThatIsNoOptionWithoutShowingItsValue() {
        MockEnvironment environment = new MockEnvironment().withProperty("camel.component.seedance.api-keyy",
                "sk-secret-value");

        assertThatThrownBy(() -> SeedanceComponentOptions.from(environment).applyTo(new DefaultCamelContext(),
                new SeedanceComponent()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("camel.component.seedance.api-keyy is not an option of the seedance component")
                .message().doesNotContain("sk-secret-value");
    }
}
