package io.camelseedance.component;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.api.VideoRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackAddressTest {

    private static final String TOKEN = "abc-DEF_123.~xyz";

    private static SeedanceConfiguration conf(String baseUrl, String path, String token) {
        SeedanceConfiguration conf = new SeedanceConfiguration();
        conf.setCallbackBaseUrl(baseUrl);
        conf.setCallbackPath(path);
        conf.setCallbackToken(token);
        return conf;
    }

    private static String urlOf(CallbackAddress address) {
        return address.addTo(VideoRequest.builder().prompt("p").build()).callbackUrl();
    }

    @Test
    void theUrlIsBaseUrlPathAndToken() {
        assertThat(urlOf(CallbackAddress.of(conf("https://my.host", CallbackAddress.DEFAULT_PATH, TOKEN), "unused")))
                .isEqualTo("https://my.host/seedance/callback/" + TOKEN);
        assertThat(urlOf(CallbackAddress.of(conf("https://my.host/app/", "hooks/seedance/", TOKEN), "unused")))
                .isEqualTo("https://my.host/app/hooks/seedance/" + TOKEN);
    }

    @Test
    void theComponentsTokenServesWhenNoneIsConfigured() {
        CallbackAddress address = CallbackAddress.of(conf("http://127.0.0.1:8080", null, null), "generated-1");

        assertThat(urlOf(address)).isEqualTo("http://127.0.0.1:8080/seedance/callback/generated-1");
        assertThat(address.path()).isEqualTo("/seedance/callback");
        assertThat(address.accepts("generated-1")).isTrue();
    }

    @Test
    void aRequestWithItsOwnCallbackUrlKeepsIt() {
        CallbackAddress address = CallbackAddress.of(conf("https://my.host", null, TOKEN), "unused");

        VideoRequest own = VideoRequest.builder().prompt("p").callbackUrl("https://elsewhere/hook").build();

        assertThat(address.addTo(own).callbackUrl()).isEqualTo("https://elsewhere/hook");
    }

    @Test
    void withoutABaseUrlNoCallbackIsRequested() {
        CallbackAddress address = CallbackAddress.of(conf(null, null, TOKEN), "unused");

        assertThat(urlOf(address)).isNull();
    }

    @Test
    void onlyTheExactTokenIsAccepted() {
        CallbackAddress address = CallbackAddress.of(conf(null, null, TOKEN), "unused");

        assertThat(address.accepts(TOKEN)).isTrue();
        assertThat(address.accepts(null)).isFalse();
        assertThat(address.accepts("")).isFalse();
        assertThat(address.accepts(TOKEN.substring(1))).isFalse();
        assertThat(address.accepts(TOKEN + "z")).isFalse();
        assertThat(address.accepts(TOKEN.toUpperCase())).isFalse();
    }

    @Test
    void theTokenIsShownNowhere() {
        CallbackAddress address = CallbackAddress.of(conf("https://my.host", null, TOKEN), "unused");

        assertThat(address.toString()).doesNotContain(TOKEN).contains("/seedance/callback");
        assertThat(address.addTo(VideoRequest.builder().prompt("p").build()).toString()).doesNotContain(TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has/slash", "has space", "percent%20", "query?x", "unicode-é"})
    void aTokenThatCannotStandInAPathSegmentIsRefusedWithoutShowingIt(String token) {
        assertThatThrownBy(() -> CallbackAddress.of(conf(null, null, token), "unused"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callbackToken")
                .hasMessageNotContaining(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/a b", "/{token}", "/x?y", "/x#y"})
    void aPathThatIsNotPlainIsRefused(String path) {
        assertThatThrownBy(() -> CallbackAddress.of(conf(null, path, TOKEN), "unused"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callbackPath");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://my.host", "my.host", "https://", "https://my.host/?a=1", "https://my.host/#x", "::"})
    void aBaseUrlThatIsNotAnAbsoluteHttpUrlIsRefused(String baseUrl) {
        assertThatThrownBy(() -> CallbackAddress.of(conf(baseUrl, null, TOKEN), "unused"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callbackBaseUrl");
    }

    @Test
    void generatedTokensAre256RandomBitsUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = CallbackAddress.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(100);
    }
}
