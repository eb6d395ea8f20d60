package io.camelseedance.provider;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.camelseedance.client.SeedanceClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry finds providers by id and refuses what it cannot find, naming what it can. */
class ProvidersTest {

    @Test
    void findsAProviderByItsIdIgnoringCaseAndBlanks() {
        assertThat(Providers.of(" AceData ").id()).isEqualTo("acedata");
        assertThat(Providers.of(Providers.DEFAULT).displayName()).isEqualTo("BytePlus ModelArk");
    }

    @Test
    void anUnknownIdIsRefusedNamingEveryKnownOne() {
        String known = String.join(", ", Providers.all().stream().map(ProviderDescriptor::id).toList());
        assertThat(known).contains("byteplus, volcengine, acedata, unified, evolink, apimart");

        assertThatThrownBy(() -> Providers.of("bytepluss")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown Seedance provider 'bytepluss'; known: " + known);
        assertThatThrownBy(() -> SeedanceClient.builder().provider(null).apiKey("k").build())
                .hasMessage("Unknown Seedance provider 'null'; known: " + known);
    }

    @Test
    void eachIdIsRegisteredOnce() {
        assertThat(Providers.all()).extracting(ProviderDescriptor::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z][a-z0-9-]*"));
    }

    @Test
    void aDialectIsMadeOnlyWithTheOptionsTheProviderDeclares() {
        assertThat(Providers.of("apimart").newDialect(Map.of("language", "ja"))).isNotNull();
        assertThatThrownBy(() -> Providers.of("evolink").newDialect(Map.of("language", "ja")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown provider option 'language' for provider evolink, which takes none");
    }
}
