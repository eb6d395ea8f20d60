package io.camelseedance.component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.ProviderOption;

/**
 * The providers as tables for the documentation, rendered from their descriptors: what each offers (one column per
 * {@link Feature}), and the provider options each reads.
 */
final class ProviderTables {

    private ProviderTables() {
    }

    /** The table of the README and {@code docs/providers.md}. */
    static String markdown(List<ProviderDescriptor> providers) {
        List<String> header = header();
        StringBuilder s = new StringBuilder();
        s.append("| ").append(String.join(" | ", header)).append(" |\n");
        s.append("|").append("---|".repeat(header.size())).append('\n');
        for (ProviderDescriptor p : providers) {
            s.append("| ").append(String.join(" | ", cells(p))).append(" |\n");
        }
        return s.toString();
    }

    /** The tables of the component page: what each provider offers, then every provider option. */
    static String asciidoc(List<ProviderDescriptor> providers) {
        List<String> header = header();
        StringBuilder s = new StringBuilder();
        s.append("[width=\"100%\",options=\"header\"]\n|===\n| ").append(String.join(" | ", header)).append('\n');
        for (ProviderDescriptor p : providers) {
            s.append("| ").append(String.join(" | ", cells(p))).append('\n');
        }
        s.append("|===\n\n");
        s.append(
                "Provider options, given as `providerOption.<key>=<value>` (an unknown key is an error at start-up):\n\n");
        s.append("[width=\"100%\",cols=\"1,1,4\",options=\"header\"]\n|===\n| Provider | Key | Description\n");
        for (ProviderDescriptor p : providers) {
            for (ProviderOption option : p.options()) {
                s.append("| `").append(p.id()).append("` | `").append(option.key()).append("` | ")
                        .append(option.description().replace("|", "\\|")).append('\n');
            }
        }
        return s.append("|===\n").toString();
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("provider", "`provider=`", "default base URL"));
        Arrays.stream(Feature.values()).map(ProviderTables::label).forEach(header::add);
        header.add("provider options");
        return header;
    }

    private static List<String> cells(ProviderDescriptor p) {
        List<String> cells = new ArrayList<>();
        cells.add(p.displayName());
        cells.add("`" + p.id() + "`");
        cells.add(p.defaultBaseUrl().map(url -> "`" + url + "`").orElse("none: `baseUrl` required"));
        Arrays.stream(Feature.values()).map(f -> p.features().has(f) ? "yes" : "no").forEach(cells::add);
        cells.add(p.options().isEmpty()
                ? "none"
                : p.options().stream().map(o -> "`" + o.key() + "`").collect(Collectors.joining(", ")));
        return cells;
    }

    /** {@code BATCH_GET} as {@code batch get}. */
    private static String label(Feature feature) {
        return feature.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
