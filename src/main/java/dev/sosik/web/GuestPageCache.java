package dev.sosik.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Guests' copies of the pages marked {@link SameForEveryGuest}: the rendered bytes, kept per address (path and
 * query) for {@code sosik.pages.guest-ttl} (5 s; 0 turns the cache off), so that a popular article is rendered a
 * few times a minute, not for every guest. Live figures (views, comments, reactions) are that much late for
 * guests; signed-in readers always get a fresh page. Every copy has an ETag, and a browser that sends it back gets
 * 304 without a body.
 *
 * <p>A guest is a request without a session and without an authentication: flash messages and everything of a
 * reader live in the session. The interceptor runs after the others (view counting still counts a served copy).
 * A page rendered for a guest is handed back by the view ({@link #answer}) to be kept.
 */
@Component
public class GuestPageCache implements HandlerInterceptor, WebMvcConfigurer {

    private static final String KEY = GuestPageCache.class.getName() + ".key";
    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";
    /** Guests' browsers keep the page but ask every time (with the ETag): views are counted per visit. */
    private static final String CACHE_CONTROL = "private, no-cache";

    private record Page(byte[] body, String etag) {
    }

    private final Cache<String, Page> pages;

    GuestPageCache(@Value("${sosik.pages.guest-ttl:5s}") Duration ttl,
                   @Value("${sosik.pages.guest-cache-bytes:67108864}") long maxBytes) {
        this.pages = ttl.isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumWeight(maxBytes)
                .<String, Page>weigher((key, page) -> key.length() + page.body().length)
                .build();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (pages == null || !(handler instanceof HandlerMethod method)
                || !method.hasMethodAnnotation(SameForEveryGuest.class) || !isGuest(request)) {
            return true;
        }
        String key = key(request);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        Page page = pages.getIfPresent(key);
        if (page == null) {
            request.setAttribute(KEY, key);
            return true;
        }
        if (!answeredUnchanged(request, response, page.etag())) {
            response.setContentType(CONTENT_TYPE);
            response.setContentLength(page.body().length);
            if (!HttpMethod.HEAD.matches(request.getMethod())) {
                response.getOutputStream().write(page.body());
            }
        }
        return false;
    }

    /**
     * Called by the view with a page it rendered: keeps it when it was rendered for a guest and answered 200.
     * Returns true when the guest's browser already has these very bytes and has been answered 304 (the view
     * then writes nothing).
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response, byte[] body) {
        if (!(request.getAttribute(KEY) instanceof String key) || response.getStatus() != HttpServletResponse.SC_OK) {
            return false;
        }
        var page = new Page(body, etag(body));
        pages.put(key, page);
        return answeredUnchanged(request, response, page.etag());
    }

    private static boolean answeredUnchanged(HttpServletRequest request, HttpServletResponse response, String etag) {
        response.setHeader(HttpHeaders.ETAG, etag);
        String known = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (known != null && Arrays.stream(known.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private static boolean isGuest(HttpServletRequest request) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return request.getRequestedSessionId() == null
                && (signedIn == null || signedIn instanceof AnonymousAuthenticationToken);
    }

    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
