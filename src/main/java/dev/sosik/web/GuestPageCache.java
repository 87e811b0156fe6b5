package dev.sosik.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32C;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
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
 * reader live in the session. A copy is served by this filter, after Spring Security and view counting and before
 * Spring MVC (finding the handler among all mappings was a sixth of a served copy's time). A page is kept when the
 * handler is marked (this interceptor notes it) and the view rendered it for a guest ({@link #answer}).
 */
@Component
@Order(GuestPageCache.FILTER_ORDER)
public class GuestPageCache extends OncePerRequestFilter implements HandlerInterceptor, WebMvcConfigurer {

    /** After Spring Security's filters (which know who is signed in), before the dispatcher. */
    public static final int FILTER_ORDER = 0;

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
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return pages == null || !isRead(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Page page = isGuest(request) ? pages.getIfPresent(key(request)) : null;
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (!answeredUnchanged(request, response, page.etag())) {
            response.setContentType(CONTENT_TYPE);
            response.setContentLength(page.body().length);
            if (!HttpMethod.HEAD.matches(request.getMethod())) {
                response.getOutputStream().write(page.body());
            }
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    /** A marked page about to be rendered for a guest: to be kept. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (pages != null && isRead(request) && handler instanceof HandlerMethod method
                && method.hasMethodAnnotation(SameForEveryGuest.class) && isGuest(request)) {
            request.setAttribute(KEY, key(request));
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        return true;
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

    private static boolean isRead(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
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

    /**
     * A checksum of the bytes and their length: a page that changes and keeps both would stay in a browser until
     * its next change, one time in four billion. A cryptographic digest cost a twentieth of an uncached view.
     */
    private static String etag(byte[] body) {
        var checksum = new CRC32C();
        checksum.update(body);
        return "\"" + Long.toHexString(checksum.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
    }
}
