package io.camelseedance.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of providers: every {@link ProviderDescriptor} named in a
 * {@code META-INF/services/io.camelseedance.provider.ProviderDescriptor} file visible to the component's own class
 * loader or to the thread's context class loader (where a runtime such as an application server puts the
 * application's classes). The component's own providers come in the order its service file lists them.
 */
public final class Providers {

    /** The provider of a client or endpoint that names none: BytePlus ModelArk. */
    public static final String DEFAULT = "byteplus";

    // it goes into URIs, headers and enum lists as it is
    private static final String ID = "[a-z][a-z0-9-]*";

    private Providers() {
    }

    /**
     * The provider with this id (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the id and every known one
     */
    public static ProviderDescriptor of(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        Map<String, ProviderDescriptor> all = byId();
        ProviderDescriptor provider = all.get(key);
        if (provider == null) {
            throw new IllegalArgumentException("Unknown Seedance provider '" + id + "'; known: "
                    + String.join(", ", all.keySet()));
        }
        return provider;
    }

    /** Every registered provider. */
    public static List<ProviderDescriptor> all() {
        return List.copyOf(byId().values());
    }

    private static Map<String, ProviderDescriptor> byId() {
        Map<String, ProviderDescriptor> byId = new LinkedHashMap<>();
        for (ProviderDescriptor provider : load()) {
            if (provider.id() == null || !provider.id().matches(ID)) {
                throw new IllegalStateException("Seedance provider " + provider.getClass().getName() + " has the id '"
                        + provider.id() + "': an id is lower-case letters, digits and dashes, starting with a letter");
            }
            ProviderDescriptor other = byId.putIfAbsent(provider.id(), provider);
            // the context class loader usually delegates to the component's, and finds the same providers again
            if (other != null && !other.getClass().getName().equals(provider.getClass().getName())) {
                throw new IllegalStateException("Seedance providers " + other.getClass().getName() + " and "
                        + provider.getClass().getName() + " both have the id " + provider.id());
            }
        }
        return byId;
    }

    private static List<ProviderDescriptor> load() {
        List<ProviderDescriptor> found = new ArrayList<>();
        ClassLoader own = Providers.class.getClassLoader();
        ServiceLoader.load(ProviderDescriptor.class, own).forEach(found::add);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != own) {
            ServiceLoader.load(ProviderDescriptor.class, context).forEach(found::add);
        }
        return found;
    }
}
