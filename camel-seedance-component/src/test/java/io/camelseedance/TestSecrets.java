package io.camelseedance;

/**
 * The API key and callback token every test uses. They are sentinels: distinctive strings that the suite-wide log
 * check ({@code SecretSentinelAppender}, {@code SecretSentinelExtension}) looks for in every log line of every test,
 * so a secret that leaks into a log fails the build wherever it happens. The build may pass others through the
 * system properties {@code seedance.test.apiKey} and {@code seedance.test.callbackToken}.
 */
public final class TestSecrets {

    /** The API key the simulators accept and the components send. */
    public static final String API_KEY = System.getProperty("seedance.test.apiKey", "SntlKey-c0ffee-5e7a1f2d9b");

    /** The callback token of the callback tests. */
    public static final String CALLBACK_TOKEN = System.getProperty("seedance.test.callbackToken",
            "SntlToken-0123456789.abcdefghijk~XYZ");

    private TestSecrets() {
    }
}
