package io.camelseedance.client;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.camelseedance.api.SeedanceDownloadException;

/**
 * Where generated files may be downloaded from, and how much of them. A video URL comes from the provider's answer,
 * so whoever controls that answer (or a redirect on the way) could point the download at an internal service or a
 * cloud metadata address; and a file without an end would fill the disk. So a download goes only to an allowed host
 * (the hosts the provider's documents name for its files, the base URL's host, and those the user adds), only to
 * public addresses (unless the host is the base URL's own, or the user allows private ones), and stops at a size.
 * Every redirect hop is checked again.
 */
public final class DownloadPolicy {

    /** 2 GiB: far above any Seedance video (15 s of 1080p is tens of MB), far below a full disk. */
    public static final long DEFAULT_MAX_SIZE = 2L * 1024 * 1024 * 1024;

    private final Set<String> hosts;
    private final Set<String> domains;
    private final String trustedHost;
    private final boolean allowPrivate;
    private final long maxSize;

    private DownloadPolicy(Collection<String> allowed, String trustedHost, boolean allowPrivate, long maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("downloadMaxSize must be positive; got " + maxSize);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> suffixes = new LinkedHashSet<>();
        for (String entry : allowed) {
            String host = entry.trim().toLowerCase(Locale.ROOT);
            if (host.startsWith("*.")) {
                suffixes.add(host.substring(1));
            } else if (!host.isEmpty()) {
                exact.add(host);
            }
        }
        this.trustedHost = trustedHost == null ? null : trustedHost.toLowerCase(Locale.ROOT);
        if (this.trustedHost != null) {
            exact.add(this.trustedHost);
        }
        this.hosts = Set.copyOf(exact);
        this.domains = Set.copyOf(suffixes);
        this.allowPrivate = allowPrivate;
        this.maxSize = maxSize;
    }

    /**
     * @param allowed      hosts, or {@code *.domain} for every subdomain of a domain
     * @param trustedHost  a host whose addresses are allowed even when private (the base URL's); {@code null} for none
     * @param allowPrivate whether any allowed host may have a private, loopback or link-local address
     * @param maxSize      the largest file, in bytes
     */
    public static DownloadPolicy of(Collection<String> allowed, String trustedHost, boolean allowPrivate,
            long maxSize) {
        return new DownloadPolicy(allowed, trustedHost, allowPrivate, maxSize);
    }

    /**
     * The policy of a provider's endpoint: its documented file hosts, the base URL's host and {@code moreHosts}.
     *
     * @param moreHosts comma-separated hosts or {@code *.domain}s; {@code null} for none
     */
    public static DownloadPolicy forProvider(String provider, String baseUrl, String moreHosts, boolean allowPrivate,
            long maxSize) {
        Set<String> allowed = new LinkedHashSet<>(documentedHosts(provider));
        if (moreHosts != null) {
            allowed.addAll(Arrays.asList(moreHosts.split(",")));
        }
        return new DownloadPolicy(allowed, URI.create(baseUrl).getHost(), allowPrivate, maxSize);
    }

    /**
     * The hosts each provider's documents show its files on. Where a provider's documents show none (EvoLink's use a
     * placeholder, the relays name none), its files are allowed from the base URL's host only: list the real ones in
     * downloadAllowedHosts.
     */
    static List<String> documentedHosts(String provider) {
        return switch (provider) {
            // Volcengine Ark's task answer: "video_url":"https://ark-content-generation-cn-beijing.tos-cn-beijing
            // .volces.com/…" (PROVIDERS.md 2.6). BytePlus serves the same service from its own domain, bytepluses.com
            // (that of its API), in its own regions.
            case "volcengine" -> List.of("*.volces.com");
            case "byteplus" -> List.of("*.bytepluses.com");
            // Ace Data Cloud re-hosts results on platform.cdn.acedata.cloud / cdn.acedata.cloud (PROVIDERS.md 3)
            case "acedata" -> List.of("platform.cdn.acedata.cloud", "cdn.acedata.cloud");
            // APIMart's task answer: "url":["https://upload.apimart.ai/f/video/….mp4"] (PROVIDERS.md 6)
            case "apimart" -> List.of("upload.apimart.ai");
            default -> List.of();
        };
    }

    public long maxSize() {
        return maxSize;
    }

    /**
     * Refuses a URL this policy does not allow, with a message naming its host and the option that would allow it.
     * Resolves the host to see its addresses.
     */
    public void check(URI uri) {
        String location = Locations.of(uri);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (!allowsHost(host)) {
            throw refused(location, "host " + host + " is not one the provider's files come from (allowed: "
                    + String.join(", ", allowedList()) + "): add it to downloadAllowedHosts if it is");
        }
        if (allowPrivate || host.equals(trustedHost)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new SeedanceDownloadException(location, SeedanceDownloadException.NO_RESPONSE,
                    "Cannot download " + location + ": unknown host " + host, null);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw refused(location, "host " + host + " has the non-public address " + address.getHostAddress()
                        + " (loopback, private, link-local or metadata); set downloadAllowPrivateAddresses=true if"
                        + " the provider's files are really served from there");
            }
        }
    }

    private boolean allowsHost(String host) {
        return hosts.contains(host) || domains.stream().anyMatch(host::endsWith);
    }

    private List<String> allowedList() {
        List<String> all = new java.util.ArrayList<>(hosts);
        domains.forEach(d -> all.add("*" + d));
        return all;
    }

    private static SeedanceDownloadException refused(String location, String why) {
        return new SeedanceDownloadException(location, SeedanceDownloadException.NO_RESPONSE,
                "Download of " + location + " refused: " + why, null);
    }

    /** Whether an address is on the public internet: not loopback, private, link-local, shared or reserved. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if (isIpv4Mapped(b)) {
                return isPublicIpv4(Arrays.copyOfRange(b, 12, 16));
            }
            // fc00::/7 unique local (fd00:ec2::254 is a cloud metadata address)
            return (b[0] & 0xFE) != 0xFC;
        }
        return !(address instanceof Inet4Address) || isPublicIpv4(b);
    }

    private static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first != 0 && first != 10 && first != 127 // this network, private, loopback
                && !(first == 100 && second >= 64 && second <= 127) // shared (CGNAT; 100.100.100.200 is metadata)
                && !(first == 169 && second == 254) // link-local (169.254.169.254 is metadata)
                && !(first == 172 && second >= 16 && second <= 31) // private
                && !(first == 192 && second == 168) // private
                && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                && first < 224; // multicast and reserved
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    }
}
