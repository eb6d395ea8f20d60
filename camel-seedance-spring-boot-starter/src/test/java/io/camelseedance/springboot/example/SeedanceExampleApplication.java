package io.camelseedance.springboot.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example of docs/spring-boot.md: a prompt in, an MP4 out. The component is configured in application.properties
 * (camel.component.seedance.*), the route in {@link VideoRoutes}; the actuator's health endpoint shows the component's
 * health check.
 */
@SpringBootApplication
public class SeedanceExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SeedanceExampleApplication.class, args);
    }
}
