package dev.sosik.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
 * Guests' copies of the pages marked {@link SameForEveryGuest}: the rendered bytes with the response's headers,
 * kept per path, site address and query (at most {@code sosik.pages.guest-cache-bytes}, 256 MiB), so that a page
 * is rendered a few times a minute, not for every guest. Live figures (views, comments, reactions) and the ranking
 * lists are that much late for guests; signed-in readers always get a fresh page. Every copy has an ETag, and a
 * browser that sends it back gets 304 without a body; a browser that takes gzip gets the copy compressed once, not
 * at every request.
 *
 * <p>A copy is kept for {@code sosik.pages.guest-ttl} (5 s; 0 turns the copies off), or for
 * {@code sosik.pages.guest-kept-ttl} (1 min) when its page is marked {@code untilChanged}: the owner of such a page
 * drops its copies ({@link #forget}) as soon as what it shows changes, and the time bounds only the live figures.
 * Once a copy has expired, one request renders the page anew while the others are still served the copy (for at
 * most as long again): a busy page expiring had every request in flight render it at once.
 *
 * <p>A guest is a request without a session cookie ({@link Guests}): everything of a reader, flash messages
 * included, lives in the session. Copies are served at Tomcat's door, by this valve right after view counting,
 * before the servlet filters: a copy needs no session, no security context and no dispatcher, and those were three
 * quarters of a served copy's time (docs/performance.md); its headers go out as bytes encoded when it was made
 * ({@link EncodedHeader}). A page is kept when its handler is marked (this interceptor notes it), the view rendered
 * it for a guest ({@link #answer}) and it was answered 200; the headers Spring Security and the handler gave it are
 * kept with it, the cookies are not.
 */
@Component
@Order(GuestPageCache.ORDER)
public class GuestPageCache extends ValveBase implements HandlerInterceptor, WebMvcConfigurer {

    /** Right after view counting, which must count the views of copies too. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    private static final String OFFER = GuestPageCache.class.getName() + ".offer";
    private static final EncodedHeader CONTENT_TYPE = EncodedHeader.of(HttpHeaders.CONTENT_TYPE,
            "text/html;charset=UTF-8");
    private static final EncodedHeader GZIP = EncodedHeader.of(HttpHeaders.CONTENT_ENCODING, "gzip");
    private static final EncodedHeader VARY = EncodedHeader.of(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    /** Its name in bytes too: Tomcat, finding the header, only sets its value again from the response's length. */
    private static final byte[] CONTENT_LENGTH = HttpHeaders.CONTENT_LENGTH.getBytes(StandardCharsets.ISO_8859_1);
    /** Guests' browsers keep the page but ask every time (with the ETag): views are counted per visit. */
    private static final String CACHE_CONTROL = "private, no-cache";
    /** Headers of a rendered page that belong to that one response, or that a copy sets itself. */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "content-type", "date", "etag",
            "vary", "content-encoding", "transfer-encoding", "connection", "keep-alive");

    /**
     * A page on offer to the cache while it is rendered: its path, which of the path's copies it is (the site's
     * address as the request named it, since pages carry absolute links to themselves, and the query), how long a
     * copy may live, and when its handler set out to read what the page shows.
     */
    private record Offer(String path, String variant, long ttlNanos, long madeFrom) {
    }

    private final Guests guests;
    private final long ttlNanos;
    private final long keptTtlNanos;
    private final Cache<String, Variants> copies;
    /**
     * When each path's copies were last dropped: a page that was being rendered then may show what it was
     * dropped for, and is not kept (it would be served for a minute). Kept for as long as a page may take.
     */
    private final Cache<String, Long> droppedAt;

    GuestPageCache(Guests guests, @Value("${sosik.pages.guest-ttl:5s}") Duration ttl,
                   @Value("${sosik.pages.guest-kept-ttl:60s}") Duration keptTtl,
                   @Value("${sosik.pages.guest-cache-bytes:268435456}") long maxBytes) {
        super(true);
        this.guests = guests;
        this.ttlNanos = ttl.toNanos();
        this.keptTtlNanos = keptTtl.toNanos();
        // an expired copy is still served while one request renders the page anew, until it is twice as old
        this.copies = ttl.isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite((ttl.compareTo(keptTtl) > 0 ? ttl : keptTtl).multipliedBy(2))
                .maximumWeight(maxBytes)
                .<String, Variants>weigher((path, variants) -> path.length() + variants.weight())
                .build();
        this.droppedAt = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
    }

    /** Drops every copy of the page at this path (whatever its query): what it shows has changed. */
    public void forget(String path) {
        if (copies != null) {
            // noted first: a copy kept after the note is checked against it, one kept before is dropped here
            droppedAt.put(path, System.nanoTime());
            copies.invalidate(path);
        }
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (copies == null || !isRead(request) || !guests.isGuest(request)) {
            getNext().invoke(request, response);
            return;
        }
        Variants variants = copies.getIfPresent(request.getRequestURI());
        Copy copy = variants == null ? null : variants.byVariant().get(variant(request));
        long now = System.nanoTime();
        if (copy != null && !copy.outlived(now) && !copy.renderAnew(now)) {
            serve(copy, request, response);
            return;
        }
        getNext().invoke(request, response);
        if (request.getAttribute(OFFER) instanceof Offered offered
                && response.getStatus() == HttpServletResponse.SC_OK) {
            Copy made = new Copy(offered.body(), offered.etag(), keptHeaders(response), System.nanoTime(),
                    lifetime(offered.offer().ttlNanos(), copy == null));
            copies.asMap().compute(offered.offer().path(), (path, old) -> wasDroppedSince(path, offered.offer())
                    ? old : Variants.with(old, offered.offer().variant(), made, System.nanoTime()));
        }
    }

    /**
     * Copies made together expire apart: a tenth either way, and a copy made when there was none (after a start,
     * for every page) lives between half and all of its time. With a tenth only, the 10,000 article pages copied
     * in a start's first half minute were all rendered again within the same half minute a minute later, twice the
     * renders a second of the steady state (docs/performance.md).
     */
    private static long lifetime(long ttl, boolean first) {
        var random = ThreadLocalRandom.current();
        return first ? ttl / 2 + random.nextLong(ttl / 2 + 1) : ttl - ttl / 10 + random.nextLong(ttl / 5 + 1);
    }

    private boolean wasDroppedSince(String path, Offer offer) {
        Long dropped = droppedAt.getIfPresent(path);
        return dropped != null && dropped - offer.madeFrom() >= 0;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    /** A marked page about to be rendered for a guest: to be kept. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (copies != null && isRead(request) && handler instanceof HandlerMethod method && isGuest(request)) {
            SameForEveryGuest same = method.getMethodAnnotation(SameForEveryGuest.class);
            if (same != null) {
                request.setAttribute(OFFER, new Offer(request.getRequestURI(), variant(request),
                        same.untilChanged() ? keptTtlNanos : ttlNanos, System.nanoTime()));
                response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            }
        }
        return true;
    }

    /** A rendered page the valve keeps once the response is complete (its headers are known then). */
    private record Offered(Offer offer, PageBytes body, String etag) {
    }

    /**
     * Called by the view with a page it rendered: offers it to the cache when it was rendered for a guest.
     * Returns true when the guest's browser already has these very bytes and has been answered 304 (the view
     * then writes nothing).
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response, PageBytes body) {
        if (!(request.getAttribute(OFFER) instanceof Offer offer)
                || response.getStatus() != HttpServletResponse.SC_OK) {
            return false;
        }
        String etag = etag(body);
        request.setAttribute(OFFER, new Offered(offer, body, etag));
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.ETAG, etag);
        if (browserHas(request, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private static void serve(Copy copy, Request request, Response response) throws IOException {
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        copy.headers().forEach(header -> header.addTo(headers));
        EncodedHeader.now().addTo(headers);
        boolean gzip = takesGzip(request);
        Copy.Encoding encoding = gzip ? copy.gzip() : copy.identity();
        encoding.etagHeader().addTo(headers);
        if (browserHas(request, encoding.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        CONTENT_TYPE.addTo(headers);
        if (gzip) {
            GZIP.addTo(headers);
        }
        headers.addValue(CONTENT_LENGTH, 0, CONTENT_LENGTH.length).setLong(encoding.length());
        response.setContentLength(encoding.length());
        if (!HttpMethod.HEAD.matches(request.getMethod())) {
            encoding.body().writeTo(response.getOutputStream());
        }
    }

    /** If-None-Match names this ETag (or any). */
    private static boolean browserHas(HttpServletRequest request, String etag) {
        String known = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        return known != null && Arrays.stream(known.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }

    /** Accept-Encoding names gzip without refusing it (q=0). */
    private static boolean takesGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !parts[1].strip().matches("q\\s*=\\s*0(\\.0*)?");
            }
        }
        return false;
    }

    /** The headers a copy is served with, besides its ETag, length and encoding. */
    private static List<EncodedHeader> keptHeaders(HttpServletResponse response) {
        List<EncodedHeader> kept = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase())) {
                response.getHeaders(name).forEach(value -> kept.add(EncodedHeader.of(name, value)));
            }
        }
        kept.add(VARY);
        return List.copyOf(kept);
    }

    /**
     * Which of a path's copies a request asks for: the site's address as the request names it (a page's canonical
     * link and structured data carry it, so a request naming another host must never get, or make, the copy others
     * are served) and the query.
     */
    private static String variant(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + (query == null ? "" : "?" + query);
    }

    private static boolean isRead(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }

    private static boolean isGuest(HttpServletRequest request) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return request.getRequestedSessionId() == null
                && (signedIn == null || signedIn instanceof AnonymousAuthenticationToken);
    }

    /**
     * A checksum of the bytes and their length: a page that changes and keeps both would stay in a browser until
     * its next change, one time in four billion. A cryptographic digest cost a twentieth of an uncached view.
     */
    private static String etag(PageBytes body) {
        var checksum = new CRC32C();
        body.update(checksum);
        return "\"" + Long.toHexString(checksum.getValue()) + "-" + Integer.toHexString(body.length()) + "\"";
    }

    /** One kept page: its bytes, its ETag, the headers it was answered with, and until when it may be served. */
    private static final class Copy {

        /** The copy in one content coding: its ETag, and its bytes as they go out. */
        record Encoding(String etag, EncodedHeader etagHeader, int length, Body body) {

            Encoding(String etag, int length, Body body) {
                this(etag, EncodedHeader.of(HttpHeaders.ETAG, etag), length, body);
            }
        }

        interface Body {
            void writeTo(OutputStream out) throws IOException;
        }

        private final PageBytes body;
        private final Encoding identity;
        private final List<EncodedHeader> headers;
        private final long madeAt;
        private final long expiresAt;
        /** When a request set out to render the expired page anew (0: none has); the others are served this copy. */
        private final AtomicLong renderingSince = new AtomicLong();
        /** Made at the first request that takes gzip; a race makes the same bytes twice, harmlessly. */
        private volatile Encoding gzip;

        Copy(PageBytes body, String etag, List<EncodedHeader> headers, long madeAt, long lifetime) {
            this.body = body;
            this.identity = new Encoding(etag, body.length(), body::writeTo);
            this.headers = headers;
            this.madeAt = madeAt;
            this.expiresAt = madeAt + lifetime;
        }

        /**
         * Whether the request asking now is to render the page anew: the copy has expired and no other request is
         * rendering it (or the one that set out to has brought no new copy within a copy's lifetime).
         */
        boolean renderAnew(long now) {
            if (expiresAt - now > 0) {
                return false;
            }
            long since = renderingSince.get();
            return (since == 0 || now - since > expiresAt - madeAt) && renderingSince.compareAndSet(since, now);
        }

        /** Past twice its lifetime a copy is not served even while the page is being rendered anew. */
        boolean outlived(long now) {
            return now - expiresAt > expiresAt - madeAt;
        }

        List<EncodedHeader> headers() {
            return headers;
        }

        Encoding identity() {
            return identity;
        }

        Encoding gzip() {
            Encoding compressed = gzip;
            if (compressed == null) {
                var out = new ByteArrayOutputStream(body.length() / 4);
                try (var zip = new GZIPOutputStream(out)) {
                    body.writeTo(zip);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                byte[] bytes = out.toByteArray();
                String etag = identity.etag();
                compressed = new Encoding(etag.substring(0, etag.length() - 1) + "-gzip\"", bytes.length,
                        stream -> stream.write(bytes));
                gzip = compressed;
            }
            return compressed;
        }

        /** What keeping it costs: its own bytes, the compressed copy (about a quarter) and the rest. */
        int weight() {
            return body.ownLength() + body.length() / 4 + 256;
        }
    }

    /** The copies of one path by {@link #variant}; replaced as a whole, so that the cache weighs it anew. */
    private record Variants(Map<String, Copy> byVariant) {

        static Variants with(Variants old, String variant, Copy copy, long now) {
            Map<String, Copy> byVariant = new HashMap<>();
            if (old != null) {
                old.byVariant().forEach((other, kept) -> {
                    if (!kept.outlived(now)) {
                        byVariant.put(other, kept);
                    }
                });
            }
            byVariant.put(variant, copy);
            return new Variants(Map.copyOf(byVariant));
        }

        int weight() {
            return byVariant.entrySet().stream()
                    .mapToInt(entry -> entry.getKey().length() + entry.getValue().weight()).sum();
        }
    }
}
