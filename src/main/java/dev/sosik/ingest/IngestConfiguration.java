package dev.sosik.ingest;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sosik.ingest.fetch.AddressGuard;
import dev.sosik.ingest.fetch.FetchPolicy;
import dev.sosik.ingest.fetch.SafeFetcher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The fetcher every feed and article page goes through. Private, loopback and link-local addresses are refused
 * unless SOSIK_INGEST_ALLOWED_HOSTS names them (tests and a press on the same network need that).
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    SafeFetcher safeFetcher(@Value("${sosik.ingest.allowed-hosts:}") String allowedHosts,
                            @Value("${sosik.ingest.read-timeout:15s}") Duration readTimeout,
                            @Value("${sosik.ingest.total-timeout:30s}") Duration totalTimeout,
                            @Value("${sosik.ingest.max-bytes:5MB}") DataSize maxBytes) {
        Set<String> allowed = Arrays.stream(allowedHosts.split(",")).map(String::strip)
                .filter(host -> !host.isEmpty()).collect(Collectors.toSet());
        FetchPolicy defaults = FetchPolicy.defaults();
        var policy = new FetchPolicy(defaults.connectTimeout(), readTimeout, totalTimeout, maxBytes.toBytes(),
                defaults.maxRedirects(), defaults.userAgent(), defaults.maxConcurrentPerHost(), defaults.maxAgeCap());
        return new SafeFetcher(policy, new AddressGuard(allowed));
    }
}
