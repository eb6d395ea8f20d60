package io.camelseedance.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.camelseedance.simulator.ark.ArkProvider;
import io.camelseedance.simulator.evolink.EvoLinkProvider;
import io.camelseedance.simulator.openai.OpenAiVideosProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderRegistryTest {

    private static final Path BUILT_IN = Path.of(
            "src/main/resources/META-INF/services/io.camelseedance.simulator.SimulatedProvider");
    private static final String SECTION = "## Providers";
    /** A row of the README's provider table: | `id`, `id` | `/path` | what it is | */
    private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+`) \\| `(/[^`]*)` \\|.*");
    private static final Pattern ID = Pattern.compile("`([^`]+)`");

    @Test
    void theReadmeListsEveryBuiltInProviderWithItsIdsAndBasePath() throws IOException {
        List<String> documented = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("## ")) {
                inSection = line.equals(SECTION);
            }
            Matcher row = ROW.matcher(line);
            if (inSection && row.matches()) {
                documented.add(ids(row.group(1)) + " " + row.group(2));
            }
        }

        List<String> registered = builtIns().providers().stream()
                .map(provider -> provider.ids() + " " + provider.basePath())
                .toList();
        assertThat(documented).as("the provider table of README.md").containsExactlyElementsOf(registered);
    }

    @Test
    void theSimulatorServesTheBuiltInProvidersAndThoseOfTheTestClasspath() {
        List<String> expected = new ArrayList<>(builtIns().ids());
        expected.add(OpenAiVideosProvider.ID);

        assertThat(ProviderRegistry.load().ids()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anUnknownIdIsRefusedNamingTheKnownOnes() {
        try (SeedanceSimulator sim = SeedanceSimulator.builder().build().start()) {
            assertThatThrownBy(() -> sim.baseUrl("byteplu"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'byteplu'")
                    .hasMessageContaining(String.join(", ", sim.providerIds()));
            assertThat(sim.baseUrl("volcengine")).isEqualTo(sim.baseUrl("byteplus"));
        }
    }

    @Test
    void providersMayNotShareAnIdOrABasePath() {
        assertThatThrownBy(() -> new ProviderRegistry(List.of(new ArkProvider(), new ArkProvider())))
                .hasMessageContaining("both claim the base path /api/v3");
        assertThatThrownBy(() -> new ProviderRegistry(List.of(new EvoLinkProvider(), provider("evolink", "/other"))))
                .hasMessageContaining("both claim the id evolink");
        assertThatThrownBy(() -> new ProviderRegistry(List.of(new ArkProvider(), provider("x", "/api/v3/x"))))
                .hasMessageContaining("/api/v3/x below /api/v3");
        assertThatThrownBy(() -> new ProviderRegistry(List.of(provider("x", "/files"))))
                .hasMessageContaining("/files/");
        assertThatThrownBy(() -> new ProviderRegistry(List.of(provider("x", "/x/"))))
                .hasMessageContaining("without a trailing slash");
    }

    /** The providers of the simulator's own {@code META-INF/services} file, without those of the test classpath. */
    private static ProviderRegistry builtIns() {
        try {
            List<SimulatedProvider> providers = new ArrayList<>();
            for (String line : Files.readAllLines(BUILT_IN)) {
                if (!line.isBlank()) {
                    providers.add((SimulatedProvider) Class.forName(line.trim()).getConstructor().newInstance());
                }
            }
            return new ProviderRegistry(providers);
        } catch (IOException | ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + BUILT_IN, e);
        }
    }

    private static String ids(String cell) {
        List<String> ids = new ArrayList<>();
        Matcher id = ID.matcher(cell);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids.toString();
    }

    private static SimulatedProvider provider(String id, String basePath) {
        return new SimulatedProvider() {
            @Override
            public List<String> ids() {
                return List.of(id);
            }

            @Override
            public String basePath() {
                return basePath;
            }

            @Override
            public SimulatedApi create(SimulationContext context) {
                throw new UnsupportedOperationException("never started");
            }
        };
    }
}
