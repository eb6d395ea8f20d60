package io.camelseedance.tracking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackerKeyTest {

    private static final String URL = "https://ark.example.com/api/v3";

    @Test
    void accountsAreToldApartByAFingerprintThatIsNotTheKey() {
        TrackerKey a = TrackerKey.of("byteplus", URL, "sk-account-a-0123456789");
        TrackerKey b = TrackerKey.of("byteplus", URL, "sk-account-b-0123456789");

        assertThat(a).isNotEqualTo(b);
        assertThat(a).isEqualTo(TrackerKey.of("byteplus", URL, "sk-account-a-0123456789"));
        assertThat(a.accountFingerprint()).matches("[0-9a-f]{16}");
        assertThat(a.toString()).doesNotContain("sk-account-a").contains(a.accountFingerprint());
    }

    @Test
    void theSameKeyElsewhereIsAnotherTracker() {
        TrackerKey ark = TrackerKey.of("byteplus", URL, "k");

        assertThat(ark).isNotEqualTo(TrackerKey.of("volcengine", URL, "k"))
                .isNotEqualTo(TrackerKey.of("byteplus", "http://127.0.0.1:8089/api/v3", "k"));
    }
}
