package dev.sosik.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the portal's fetches away from its own network: a feed or an article link (or a redirect) pointing at
 * {@code http://169.254.169.254/} or {@code http://10.0.0.5/admin} must not be followed (server-side request forgery).
 *
 * <p>Refused: URLs that are not http or https, URLs without a host, and hosts any of whose addresses is loopback,
 * unspecified (0.0.0.0/8, ::), link-local (169.254/16, fe80::/10), private (10/8, 172.16/12, 192.168/16, fec0::/10),
 * multicast, carrier-grade NAT (100.64/10) or unique-local IPv6 (fc00::/7), IPv4 addresses written in IPv6 form
 * included. Hosts on the allowlist (exact host names or IP literals, from {@code SOSIK_INGEST_ALLOWED_HOSTS}) are let
 * through whatever they resolve to: that is how tests and a local press reach 127.0.0.1.
 *
 * <p>The check resolves the name itself; the HTTP client resolves it again when it connects, so a name whose DNS
 * answer changes in between (DNS rebinding) is not caught here. Immutable and thread-safe.
 */
public final class AddressGuard {

    private final Set<String> allowedHosts;

    public AddressGuard(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream()
                .map(AddressGuard::normalHost)
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The guard for a comma-separated allowlist such as {@code SOSIK_INGEST_ALLOWED_HOSTS}; null or blank allows none. */
    public static AddressGuard fromList(String commaSeparatedHosts) {
        if (commaSeparatedHosts == null) {
            return new AddressGuard(Set.of());
        }
        return new AddressGuard(Set.copyOf(Arrays.asList(commaSeparatedHosts.split(","))));
    }

    /**
     * Returns when the URL may be fetched, else throws.
     *
     * @throws FetchRefused with reasons such as {@code refused: ftp://a.example/ is not an http or https URL},
     *                      {@code refused: no host in http:///x}, {@code refused: 127.0.0.1 is a loopback address},
     *                      {@code refused: intranet.example resolves to 10.0.0.5, a private address} (all permanent)
     *                      or {@code unknown host news.example} (not permanent)
     */
    public void check(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new FetchRefused("refused: " + uri + " is not an http or https URL", true);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchRefused("refused: no host in " + uri, true);
        }
        String normal = normalHost(host);
        if (allowedHosts.contains(normal)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(normal);
        } catch (UnknownHostException e) {
            throw new FetchRefused("unknown host " + host, false);
        }
        // Every address must pass: the client may connect to any of them.
        for (InetAddress address : addresses) {
            String forbidden = forbiddenKind(address);
            if (forbidden != null) {
                String literal = address.getHostAddress();
                throw new FetchRefused(literal.equals(normal)
                        ? "refused: " + literal + " is " + forbidden
                        : "refused: " + host + " resolves to " + literal + ", " + forbidden, true);
            }
        }
    }

    /** What kind of forbidden address this is ("a loopback address"), or null when it may be fetched from. */
    static String forbiddenKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && embedsIpv4(bytes)) {
            return forbiddenKind(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address instanceof Inet4Address && bytes[0] == 0) {
            return "an unspecified address";
        }
        if (address instanceof Inet4Address && bytes[0] == 100 && (bytes[1] & 0xC0) == 64) {
            return "a carrier-grade NAT address";
        }
        if (address instanceof Inet6Address && (bytes[0] & 0xFE) == 0xFC) {
            return "a unique-local address";
        }
        return null;
    }

    /** IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses reach the IPv4 address inside. */
    private static boolean embedsIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] == 0 && bytes[11] == 0) || (bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF);
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /**
     * Lower case, without IPv6 brackets or a trailing dot, IPv6 literals in one spelling: so that {@code [::1]} on the
     * allowlist matches {@code http://[0:0:0:0:0:0:0:1]/}.
     */
    private static String normalHost(String host) {
        String normal = host.strip().toLowerCase(Locale.ROOT);
        if (normal.startsWith("[") && normal.endsWith("]")) {
            normal = normal.substring(1, normal.length() - 1);
        }
        if (normal.endsWith(".")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        if (normal.contains(":")) {
            try {
                // A string with a colon can only be an IPv6 literal, which is parsed without any DNS lookup.
                return InetAddress.getByName(normal).getHostAddress();
            } catch (UnknownHostException e) {
                return normal;
            }
        }
        return normal;
    }
}
