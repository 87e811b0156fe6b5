package dev.sosik.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A press's web server for tests, on 127.0.0.1 and a free port, that serves what a test registers by exact path
 * (query strings are ignored) and 404 for anything else. Every response, good or bad, is one call away:
 *
 * <pre>{@code
 * try (var press = TestPressServer.start()) {
 *     press.page("/rss.xml", "application/rss+xml; charset=UTF-8", feedXml, "ETag", "\"v1\"");
 *     press.status("/busy", 503, "Retry-After", "120");
 *     press.redirect("/old", "/rss.xml");
 *     fetcher.fetch(press.uri("/old"), null, null);
 *     assertThat(press.requests("/rss.xml")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Headers are given as name, value pairs. Registering a path again replaces what it served. Each request is
 * handled on its own virtual thread; {@link #close()} stops the server and interrupts handlers still running.
 * Only for 127.0.0.1: a fetcher under test must allowlist that address.
 */
public final class TestPressServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, Headers> lastRequestHeaders = new ConcurrentHashMap<>();

    private TestPressServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public static TestPressServer start() {
        try {
            return new TestPressServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code pathAndQuery}, which starts with a slash. */
    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** How many requests came for this path so far, whatever was answered. */
    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    /** The headers of the latest request for this path, or null when none came. */
    public Headers lastRequestHeaders(String path) {
        return lastRequestHeaders.get(path);
    }

    /**
     * 200 with this body. When the headers include an ETag (or a Last-Modified), a request whose If-None-Match (or
     * If-Modified-Since) is the same string gets 304 with the same headers and no body.
     */
    public void page(String path, String contentType, byte[] body, String... headers) {
        handle(path, exchange -> {
            Headers request = exchange.getRequestHeaders();
            addHeaders(exchange, headers);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            if (matches(request.getFirst("If-None-Match"), exchange.getResponseHeaders().getFirst("ETag"))
                    || matches(request.getFirst("If-Modified-Since"),
                            exchange.getResponseHeaders().getFirst("Last-Modified"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        });
    }

    /** {@link #page(String, String, byte[], String...)} with the body in UTF-8. */
    public void page(String path, String contentType, String body, String... headers) {
        page(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** This status with no body, e.g. {@code status("/busy", 429, "Retry-After", "30")} or {@code status("/x", 500)}. */
    public void status(String path, int status, String... headers) {
        handle(path, exchange -> {
            addHeaders(exchange, headers);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    /**
     * 302 to {@code location}, sent as given: a path on this server ("/next"), a relative reference or a full URL.
     * Chains and loops are several calls: {@code redirect("/a", "/b"); redirect("/b", "/a");}.
     */
    public void redirect(String path, String location) {
        status(path, 302, "Location", location);
    }

    /**
     * 200 whose body comes one byte per {@code interval}, without a Content-Length, for up to a minute or until the
     * client hangs up: a server that never trips a read timeout.
     */
    public void trickle(String path, Duration interval) {
        handle(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() < end) {
                out.write('.');
                out.flush();
                sleep(interval);
            }
        });
    }

    /** 200 with {@code size} bytes of body streamed without a Content-Length, so only reading can find it too large. */
    public void huge(String path, long size) {
        handle(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, 0);
            byte[] block = new byte[64 * 1024];
            OutputStream out = exchange.getResponseBody();
            for (long sent = 0; sent < size; sent += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - sent));
            }
        });
    }

    /** 200 with {@code Content-Encoding: gzip}: a small body that inflates to {@code inflatedSize} zero bytes. */
    public void gzipBomb(String path, long inflatedSize) {
        byte[] bomb = gzip(new byte[0], inflatedSize);
        page(path, "text/html; charset=UTF-8", bomb, "Content-Encoding", "gzip");
    }

    /** {@code body} gzip-compressed, for serving with {@code "Content-Encoding", "gzip"}. */
    public static byte[] gzip(byte[] body) {
        return gzip(body, 0);
    }

    /** Anything else: the handler answers however it likes; the exchange is closed after it returns. */
    public void handle(String path, HttpHandler handler) {
        handlers.put(path, handler);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        lastRequestHeaders.put(path, exchange.getRequestHeaders());
        try {
            HttpHandler handler = handlers.get(path);
            if (handler == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                handler.handle(exchange);
            }
        } catch (IOException e) {
            // The client hung up: what a fetcher under test is expected to do to slow or huge responses.
        } finally {
            exchange.close();
        }
    }

    private static void addHeaders(HttpExchange exchange, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come as name, value pairs");
        }
        for (int i = 0; i < headers.length; i += 2) {
            exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
    }

    private static boolean matches(String requested, String current) {
        return requested != null && requested.equals(current);
    }

    private static void sleep(Duration interval) throws IOException {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("server closing", e);
        }
    }

    /** {@code body} followed by {@code zeros} zero bytes, gzip-compressed without holding the zeros in memory. */
    private static byte[] gzip(byte[] body, long zeros) {
        var compressed = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(compressed)) {
            out.write(body);
            byte[] block = new byte[64 * 1024];
            for (long written = 0; written < zeros; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, zeros - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
