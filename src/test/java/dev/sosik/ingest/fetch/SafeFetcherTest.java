package dev.sosik.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sosik.ingest.TestPressServer;
import dev.sosik.ingest.fetch.FetchResult.Failed;
import dev.sosik.ingest.fetch.FetchResult.Fetched;
import dev.sosik.ingest.fetch.FetchResult.NotModified;
import dev.sosik.ingest.fetch.FetchResult.RetryLater;

class SafeFetcherTest {

    /** Small timeouts so that the slow servers below cost a couple of seconds, not half a minute. */
    private static final FetchPolicy QUICK = new FetchPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(2), 5L * 1024 * 1024, 5, FetchPolicy.USER_AGENT, 2, Duration.ofHours(1));

    private static final AddressGuard LOCAL_PRESS = new AddressGuard(Set.of("127.0.0.1"));

    private final TestPressServer press = TestPressServer.start();
    private final SafeFetcher fetcher = new SafeFetcher(QUICK, LOCAL_PRESS);

    @AfterEach
    void stop() {
        fetcher.close();
        press.close();
    }

    @Test
    void fetchesABodyWithItsHeaders() {
        press.page("/rss.xml", "application/rss+xml; charset=UTF-8", "<rss>소식</rss>",
                "ETag", "\"v1\"", "Last-Modified", "Wed, 05 Mar 2025 01:00:00 GMT", "Cache-Control", "max-age=60");

        FetchResult result = fetcher.fetch(press.uri("/rss.xml"), null, null);

        assertThat(result).isInstanceOfSatisfying(Fetched.class, fetched -> {
            assertThat(fetched.finalUrl()).isEqualTo(press.uri("/rss.xml"));
            assertThat(fetched.status()).isEqualTo(200);
            assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>소식</rss>");
            assertThat(fetched.contentType()).isEqualTo("application/rss+xml; charset=UTF-8");
            assertThat(fetched.etag()).isEqualTo("\"v1\"");
            assertThat(fetched.lastModified()).isEqualTo("Wed, 05 Mar 2025 01:00:00 GMT");
            assertThat(fetched.maxAge()).isEqualTo(Duration.ofSeconds(60));
        });
        var sent = press.lastRequestHeaders("/rss.xml");
        assertThat(sent.getFirst("User-Agent")).isEqualTo(FetchPolicy.USER_AGENT);
        assertThat(sent.getFirst("Accept-Encoding")).isEqualTo("gzip");
        assertThat(sent.containsKey("If-None-Match")).isFalse();
    }

    @Test
    void maxAgeIsCappedAndNoCacheMeansZero() {
        press.page("/long", "text/html", "a", "Cache-Control", "public, max-age=86400");
        press.page("/never", "text/html", "b", "Cache-Control", "no-cache, max-age=600");
        press.page("/silent", "text/html", "c");

        assertThat(((Fetched) fetcher.fetch(press.uri("/long"), null, null)).maxAge()).isEqualTo(Duration.ofHours(1));
        assertThat(((Fetched) fetcher.fetch(press.uri("/never"), null, null)).maxAge()).isZero();
        assertThat(((Fetched) fetcher.fetch(press.uri("/silent"), null, null)).maxAge()).isNull();
    }

    @Test
    void asksConditionallyAndHearsNotModified() {
        press.page("/rss.xml", "application/rss+xml", "<rss/>", "ETag", "\"v1\"", "Cache-Control", "max-age=300");

        FetchResult result = fetcher.fetch(press.uri("/rss.xml"), "\"v1\"", "Wed, 05 Mar 2025 01:00:00 GMT");

        assertThat(result).isEqualTo(new NotModified(Duration.ofMinutes(5)));
        var sent = press.lastRequestHeaders("/rss.xml");
        assertThat(sent.getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(sent.getFirst("If-Modified-Since")).isEqualTo("Wed, 05 Mar 2025 01:00:00 GMT");
        assertThat(fetcher.fetch(press.uri("/rss.xml"), "\"v0\"", null)).isInstanceOf(Fetched.class);
    }

    @Test
    void tooManyRequestsAndUnavailableMeanRetryLater() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2));
        press.status("/throttled", 429, "Retry-After", "120");
        press.status("/maintenance", 503, "Retry-After", inTwoMinutes);
        press.status("/down", 503);

        assertThat(fetcher.fetch(press.uri("/throttled"), null, null))
                .isEqualTo(new RetryLater(429, Duration.ofSeconds(120)));
        assertThat(fetcher.fetch(press.uri("/maintenance"), null, null)).isInstanceOfSatisfying(RetryLater.class,
                later -> assertThat(later.retryAfter()).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120)));
        assertThat(fetcher.fetch(press.uri("/down"), null, null)).isEqualTo(new RetryLater(503, null));
    }

    @Test
    void errorStatusesFailAndOnlyMissingPagesForGood() {
        press.status("/broken", 500);
        press.status("/gone", 410);
        press.status("/forbidden", 403);

        assertThat(fetcher.fetch(press.uri("/broken"), null, null)).isEqualTo(new Failed("HTTP 500", false));
        assertThat(fetcher.fetch(press.uri("/nothing-here"), null, null)).isEqualTo(new Failed("HTTP 404", true));
        assertThat(fetcher.fetch(press.uri("/gone"), null, null)).isEqualTo(new Failed("HTTP 410", true));
        assertThat(fetcher.fetch(press.uri("/forbidden"), null, null)).isEqualTo(new Failed("HTTP 403", false));
    }

    @Test
    void followsARedirectChainToTheFinalUrl() {
        press.redirect("/a", "/b");
        press.redirect("/b", "c");
        press.redirect("/c", press.uri("/feed.xml").toString());
        press.page("/feed.xml", "application/atom+xml", "<feed/>");

        FetchResult result = fetcher.fetch(press.uri("/a"), null, null);

        assertThat(result).isInstanceOfSatisfying(Fetched.class,
                fetched -> assertThat(fetched.finalUrl()).isEqualTo(press.uri("/feed.xml")));
        assertThat(List.of(press.requests("/a"), press.requests("/b"), press.requests("/c"),
                press.requests("/feed.xml"))).containsOnly(1);
    }

    @Test
    void namesARedirectLoop() {
        press.redirect("/x", "/y");
        press.redirect("/y", "/x");

        assertThat(fetcher.fetch(press.uri("/x"), null, null))
                .isEqualTo(new Failed("redirect loop at " + press.uri("/x"), false));
        assertThat(press.requests("/x")).isEqualTo(1);
    }

    @Test
    void stopsAfterTheRedirectLimit() {
        for (int i = 0; i < 7; i++) {
            press.redirect("/hop" + i, "/hop" + (i + 1));
        }
        press.page("/hop7", "text/html", "too far");

        assertThat(fetcher.fetch(press.uri("/hop1"), null, null))
                .isEqualTo(new Failed("too many redirects (more than 5)", false));
        assertThat(press.requests("/hop6")).isEqualTo(1);
        assertThat(press.requests("/hop7")).isZero();
        assertThat(fetcher.fetch(press.uri("/hop2"), null, null)).isInstanceOf(Fetched.class);
    }

    @Test
    void everyRedirectHopPassesTheGuard() {
        press.page("/internal", "text/plain", "secret");
        // Not on the allowlist, which names 127.0.0.1 only; both stay on this machine should the guard fail.
        press.redirect("/by-name", "http://localhost:" + press.uri("/").getPort() + "/internal");
        press.redirect("/by-address", "http://127.0.0.2:" + press.uri("/").getPort() + "/internal");

        FetchResult byName = fetcher.fetch(press.uri("/by-name"), null, null);
        FetchResult byAddress = fetcher.fetch(press.uri("/by-address"), null, null);

        assertThat(byName).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.reason()).startsWith("refused: localhost resolves to ").endsWith("a loopback address");
            assertThat(failed.permanent()).isTrue();
        });
        assertThat(byAddress).isEqualTo(new Failed("refused: 127.0.0.2 is a loopback address", true));
        assertThat(press.requests("/internal")).isZero();
    }

    @Test
    void refusesBadUrlsForGood() {
        assertThat(fetcher.fetch(URI.create("file:///etc/passwd"), null, null))
                .isEqualTo(new Failed("refused: file:///etc/passwd is not an http or https URL", true));
        assertThat(new SafeFetcher(QUICK, new AddressGuard(Set.of())).fetch(press.uri("/rss.xml"), null, null))
                .isEqualTo(new Failed("refused: 127.0.0.1 is a loopback address", true));
        assertThat(press.requests("/rss.xml")).isZero();
    }

    @Test
    void aTricklingServerIsCutOffAtTheTotalTimeout() {
        press.trickle("/slow", Duration.ofMillis(500));

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(press.uri("/slow"), null, null);

        assertThat(result).isEqualTo(new Failed("timed out after 2s", false));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2800));
    }

    @Test
    void givingUpHangsUpOnTheServer() throws Exception {
        var hungUp = new CountDownLatch(1);
        press.handle("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try {
                for (int i = 0; i < 100; i++) {
                    exchange.getResponseBody().write(new byte[1024]);
                    exchange.getResponseBody().flush();
                    sleep(Duration.ofMillis(100));
                }
            } catch (IOException e) {
                hungUp.countDown();
            }
        });

        assertThat(fetcher.fetch(press.uri("/endless"), null, null)).isEqualTo(new Failed("timed out after 2s", false));
        assertThat(hungUp.await(2, TimeUnit.SECONDS)).as("the server saw the connection closed").isTrue();
    }

    @Test
    void aServerFallingSilentIsCutOffAtTheReadTimeout() {
        press.trickle("/stalled", Duration.ofSeconds(30));

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(press.uri("/stalled"), null, null);

        assertThat(result).isEqualTo(new Failed("no data for 1s", false));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1800));
    }

    @Test
    void aServerThatNeverAnswersIsCutOffAtTheTotalTimeout() throws Exception {
        var release = new CountDownLatch(1);
        press.handle("/hung", exchange -> await(release));

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(press.uri("/hung"), null, null);
        release.countDown();

        assertThat(result).isEqualTo(new Failed("timed out after 2s", false));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2800));
    }

    @Test
    void aHugeBodyIsRefusedAtTheCap() {
        press.huge("/huge", 10L * 1024 * 1024);
        press.page("/declared", "text/html", new byte[5 * 1024 * 1024 + 1]);
        press.page("/just-fits", "text/html", new byte[5 * 1024 * 1024]);

        assertThat(fetcher.fetch(press.uri("/huge"), null, null))
                .isEqualTo(new Failed("body larger than 5242880 bytes", false));
        assertThat(fetcher.fetch(press.uri("/declared"), null, null))
                .isEqualTo(new Failed("body larger than 5242880 bytes", false));
        assertThat(fetcher.fetch(press.uri("/just-fits"), null, null)).isInstanceOfSatisfying(Fetched.class,
                fetched -> assertThat(fetched.body()).hasSize(5 * 1024 * 1024));
    }

    @Test
    void decompressesGzip() {
        byte[] html = "<p>오늘의 소식</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
        press.page("/article", "text/html; charset=UTF-8", TestPressServer.gzip(html), "Content-Encoding", "gzip");

        assertThat(fetcher.fetch(press.uri("/article"), null, null)).isInstanceOfSatisfying(Fetched.class,
                fetched -> assertThat(fetched.body()).isEqualTo(html));
    }

    @Test
    void aGzipBombIsRefusedByItsDecompressedSize() {
        press.gzipBomb("/bomb", 50L * 1024 * 1024);

        assertThat(fetcher.fetch(press.uri("/bomb"), null, null))
                .isEqualTo(new Failed("decompressed body larger than 5242880 bytes", false));
    }

    @Test
    void refusesEncodingsItDidNotAskFor() {
        press.page("/brotli", "text/html", new byte[] {1, 2, 3}, "Content-Encoding", "br");

        assertThat(fetcher.fetch(press.uri("/brotli"), null, null))
                .isEqualTo(new Failed("unsupported content encoding br", false));
    }

    @Test
    void aClosedPortIsConnectionRefused() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        assertThat(fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/rss"), null, null))
                .isEqualTo(new Failed("connection refused", false));
    }

    @Test
    void sendsNoMoreThanTheLimitToOneHostAtOnce() throws Exception {
        var running = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        press.handle("/busy", exchange -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(Duration.ofMillis(200));
            running.decrementAndGet();
            exchange.sendResponseHeaders(200, -1);
        });

        List<FetchResult> results = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<FetchResult>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(callers.submit(() -> fetcher.fetch(press.uri("/busy"), null, null)));
            }
            for (Future<FetchResult> future : futures) {
                results.add(future.get(10, TimeUnit.SECONDS));
            }
        }

        assertThat(results).allMatch(Fetched.class::isInstance);
        assertThat(press.requests("/busy")).isEqualTo(6);
        assertThat(mostAtOnce).hasValue(2);
    }

    @Test
    void aRequestWaitingTooLongForAFreeSlotFails() {
        press.page("/rss.xml", "application/rss+xml", "<rss/>");
        // Requests that started earlier always end first, so the test takes the slots itself to hold them longer.
        Semaphore slots = fetcher.slotsFor("127.0.0.1");
        slots.acquireUninterruptibly(QUICK.maxConcurrentPerHost());

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(press.uri("/rss.xml"), null, null);
        slots.release(QUICK.maxConcurrentPerHost());

        assertThat(result).isEqualTo(new Failed("no free connection to 127.0.0.1 within 2s (at most 2 at once)", false));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1900), Duration.ofMillis(2800));
        assertThat(press.requests("/rss.xml")).isZero();
        assertThat(fetcher.fetch(press.uri("/rss.xml"), null, null)).isInstanceOf(Fetched.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
