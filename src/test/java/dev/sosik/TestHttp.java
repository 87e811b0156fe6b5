package dev.sosik;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Requests to the application under test, as a browser or an API client would send them: each instance keeps its
 * own cookies (a session, the XSRF-TOKEN cookie) like one browser, and sends the CSRF header the API expects.
 */
public final class TestHttp {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String base;

    public TestHttp(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies)
                .build();
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** The page at path, parsed; fails unless it answered 200 with HTML. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), base + path);
    }

    /** A JSON call with the CSRF header copied from the XSRF-TOKEN cookie, as the API's clients do. */
    public HttpResponse<String> json(String method, String path, String body) {
        var builder = request(path).header("Content-Type", "application/json");
        csrfCookie().ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A form post as a browser sends it; the caller includes the _csrf field it read from the page. */
    public HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Optional<String> csrfCookie() {
        return cookie("XSRF-TOKEN");
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
