package dev.sosik.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only IP literals and localhost are checked here: resolving them sends nothing on the network. */
class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(Set.of());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1/               | refused: 127.0.0.1 is a loopback address
            http://127.8.9.10:8080/x        | refused: 127.8.9.10 is a loopback address
            http://10.1.2.3/                | refused: 10.1.2.3 is a private address
            http://172.16.0.1/              | refused: 172.16.0.1 is a private address
            http://172.31.255.254/          | refused: 172.31.255.254 is a private address
            http://192.168.0.10/            | refused: 192.168.0.10 is a private address
            http://169.254.169.254/latest/  | refused: 169.254.169.254 is a link-local address
            http://0.0.0.0/                 | refused: 0.0.0.0 is an unspecified address
            http://0.1.2.3/                 | refused: 0.1.2.3 is an unspecified address
            http://224.0.0.251/             | refused: 224.0.0.251 is a multicast address
            http://100.64.0.1/              | refused: 100.64.0.1 is a carrier-grade NAT address
            http://100.127.255.254/         | refused: 100.127.255.254 is a carrier-grade NAT address
            http://[::1]/                   | refused: 0:0:0:0:0:0:0:1 is a loopback address
            http://[::]/                    | refused: 0:0:0:0:0:0:0:0 is an unspecified address
            http://[fe80::1]/               | refused: fe80:0:0:0:0:0:0:1 is a link-local address
            http://[fc00::1]/               | refused: fc00:0:0:0:0:0:0:1 is a unique-local address
            http://[fd12:3456::7]/          | refused: fd12:3456:0:0:0:0:0:7 is a unique-local address
            http://[ff02::1]/               | refused: ff02:0:0:0:0:0:0:1 is a multicast address
            http://[::ffff:127.0.0.1]/      | refused: 127.0.0.1 is a loopback address
            http://[::ffff:a9fe:a9fe]/      | refused: 169.254.169.254 is a link-local address
            http://[::10.0.0.1]/            | refused: 0:0:0:0:0:0:a00:1 is a private address
            HTTPS://192.168.1.1:8443/admin  | refused: 192.168.1.1 is a private address
            """)
    void refusesAddressesOfThePortalsOwnNetwork(String url, String reason) {
        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> guard.check(URI.create(url)));

        assertThat(refused).as(url).isNotNull();
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.permanent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://203.0.113.10/news/1",   // documentation ranges: public, and never contacted by this test
            "https://198.51.100.7:8443/rss",
            "http://100.63.255.255/",       // just below carrier-grade NAT
            "http://100.128.0.1/",          // just above it
            "http://172.15.255.255/",       // just outside 172.16/12
            "http://172.32.0.1/",
            "http://[2001:db8::10]/feed"})
    void letsPublicAddressesThrough(String url) {
        assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
    }

    @Test
    void aNameIsRefusedForTheAddressItResolvesTo() {
        FetchRefused refused = catchThrowableOfType(FetchRefused.class,
                () -> guard.check(URI.create("http://localhost:8080/rss")));

        assertThat(refused.reason()).startsWith("refused: localhost resolves to ").endsWith(", a loopback address");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ftp://news.example/rss.xml      | refused: ftp://news.example/rss.xml is not an http or https URL
            file:///etc/passwd              | refused: file:///etc/passwd is not an http or https URL
            jar:http://a.example/x.jar!/y   | refused: jar:http://a.example/x.jar!/y is not an http or https URL
            /relative/path                  | refused: /relative/path is not an http or https URL
            http:///no-host                 | refused: no host in http:///no-host
            http://under_score.example/     | refused: no host in http://under_score.example/
            """)
    void refusesWhatIsNotAnHttpUrlWithAHost(String url, String reason) {
        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> guard.check(URI.create(url)));

        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.permanent()).isTrue();
    }

    @Test
    void allowlistedHostsPassWhateverTheyResolveTo() {
        var allowing = AddressGuard.fromList(" 127.0.0.1, LocalHost ,, [::1]");

        assertThatCode(() -> allowing.check(URI.create("http://127.0.0.1:8080/rss"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("http://localhost/"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("http://localhost./"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("http://[0:0:0:0:0:0:0:1]/"))).doesNotThrowAnyException();
    }

    @Test
    void theAllowlistIsExactNotARangeNorTheAddressesOfAName() {
        var allowing = new AddressGuard(Set.of("localhost"));

        FetchRefused refused = catchThrowableOfType(FetchRefused.class,
                () -> allowing.check(URI.create("http://127.0.0.2/")));

        assertThat(refused.reason()).isEqualTo("refused: 127.0.0.2 is a loopback address");
        assertThat(catchThrowableOfType(FetchRefused.class, () -> allowing.check(URI.create("http://127.0.0.1/"))))
                .isNotNull();
    }

    @Test
    void noAllowlistAllowsNothingLocal() {
        FetchRefused refused = catchThrowableOfType(FetchRefused.class,
                () -> AddressGuard.fromList(null).check(URI.create("http://127.0.0.1/")));

        assertThat(refused).isNotNull();
    }

    @Test
    void anIpv4MappedIpv6AddressIsJudgedByTheIpv4AddressInside() throws Exception {
        // The JDK turns ::ffff:a.b.c.d literals into IPv4 addresses; an Inet6Address can still carry one.
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 10, 0, 0, 1};
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(AddressGuard.forbiddenKind(address)).isEqualTo("a private address");
        assertThat(AddressGuard.forbiddenKind(InetAddress.getByName("203.0.113.1"))).isNull();
    }
}
