package io.camelseedance.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

import io.camelseedance.component.SeedanceComponent;

/**
 * Configures the seedance component from the {@code camel.component.seedance.*} properties of the Spring environment
 * (every option of the component, in kebab case), when the component is created. {@code camel.component.enabled} or
 * {@code camel.component.seedance.enabled} set to false turn it off. The component's health checks reach Spring Boot's
 * health endpoint through camel-spring-boot's Camel health indicator.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", SeedanceComponentOptions.PREFIX})
public class SeedanceComponentAutoConfiguration {

    @Bean
    ComponentCustomizer configureSeedanceComponent(CamelContext camelContext, Environment environment) {
        return ComponentCustomizer.forType(SeedanceComponent.class,
                component -> SeedanceComponentOptions.from(environment).applyTo(camelContext, component));
    }
}
