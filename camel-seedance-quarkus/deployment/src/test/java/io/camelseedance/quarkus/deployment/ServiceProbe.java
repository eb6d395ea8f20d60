package io.camelseedance.quarkus.deployment;

/** A service interface in the component's namespace, as the provider registry will declare them. */
public interface ServiceProbe {

    /** The implementation the test application lists in its service file. */
    final class Impl implements ServiceProbe {
    }
}
