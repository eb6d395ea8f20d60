package io.camelseedance.simulator;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptDirectivesTest {

    @Test
    void aPromptWithoutTokensHasNoDirectives() {
        assertThat(PromptDirectives.parse("a cat in [brackets] and sim: words")).isEqualTo(PromptDirectives.NONE);
        assertThat(PromptDirectives.parse(null)).isEqualTo(PromptDirectives.NONE);
    }

    @Test
    void readsEveryKindOfToken() {
        PromptDirectives directives = PromptDirectives.parse("a cat [sim:fail=OutputVideoSensitiveContentDetected]"
                + " [sim:expire][sim:render=250] [sim:queue=10][sim:reject=InputTextRiskDetection]"
                + "[sim:status=503][sim:429x3][sim:delay=1500][sim:videoBytes=209715200][sim:urlTtl=500]"
                + "[sim:shape=array][sim:afterCreate=502]");

        assertThat(directives.failCode()).hasValue("OutputVideoSensitiveContentDetected");
        assertThat(directives.expire()).isTrue();
        assertThat(directives.renderTime()).hasValue(Duration.ofMillis(250));
        assertThat(directives.queueTime()).hasValue(Duration.ofMillis(10));
        assertThat(directives.rejectCode()).hasValue("InputTextRiskDetection");
        assertThat(directives.httpStatus()).isEqualTo(OptionalInt.of(503));
        assertThat(directives.rateLimitedAttempts()).isEqualTo(3);
        assertThat(directives.responseDelay()).hasValue(Duration.ofMillis(1500));
        assertThat(directives.videoBytes()).isEqualTo(OptionalLong.of(209_715_200));
        assertThat(directives.urlTtl()).hasValue(Duration.ofMillis(500));
        assertThat(directives.responseShape()).hasValue("array");
        assertThat(directives.afterCreate()).hasValue(AnswerLoss.status(502));
        assertThat(PromptDirectives.parse("[sim:afterCreate=reset]").afterCreate())
                .hasValue(AnswerLoss.connectionCut());
    }

    @Test
    void aLaterTokenOverridesAnEarlierOne() {
        assertThat(PromptDirectives.parse("[sim:render=1][sim:render=2]").renderTime())
                .isEqualTo(Optional.of(Duration.ofMillis(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[sim:explode]", "[sim:status=200]", "[sim:status=abc]", "[sim:render=fast]",
            "[sim:fail=]", "[sim:fail=no spaces]", "[sim:429x]", "[sim:queue=-5]",
            "[sim:videoBytes=1048575]", "[sim:videoBytes=2TB]", "[sim:videoBytes=9999999999999]",
            "[sim:urlTtl=soon]", "[sim:urlttl=5]", "[sim:shape=round]", "[sim:afterCreate=200]",
            "[sim:afterCreate=cut]", "[sim:afterCreate]"})
    void refusesTokensItDoesNotUnderstand(String prompt) {
        assertThatThrownBy(() -> PromptDirectives.parse(prompt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[sim:");
    }
}
