package dev.sosik.ranking;

import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import dev.sosik.account.Reader;
import dev.sosik.web.GuestPageCache;
import dev.sosik.web.Guests;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts a view of every article page answered to a person (robots are not counted), also when the guest's copy
 * was served or the browser's copy was still good (304): the visitor is the signed-in reader, else the
 * {@value #COOKIE} cookie, given here on a guest's first visit (a client that keeps no cookies is told apart by
 * its address and browser). A page reached from a ranking list carries {@code ?from=ranking} (the page's canonical
 * link drops it); such views are marked.
 *
 * <p>It is the first valve at Tomcat's door, so that the copies {@link GuestPageCache} serves right after it are
 * counted; who the reader is, Spring Security knows only later: this interceptor notes it for the count made once
 * the page has been answered.
 */
@Component
@Order(GuestPageCache.ORDER - 1)
class ViewCounting extends ValveBase implements HandlerInterceptor, WebMvcConfigurer {

    static final String COOKIE = "sosik_visitor";
    static final String FROM_RANKING = "ranking";
    private static final int COOKIE_DAYS = 365;
    private static final String READER = ViewCounting.class.getName() + ".reader";

    private final ViewCounter counter;
    private final Guests guests;

    ViewCounting(ViewCounter counter, Guests guests) {
        super(true);
        this.counter = counter;
        this.guests = guests;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!HttpMethod.GET.matches(request.getMethod()) || articleId(request) == null
                || Bots.isRobot(request.getHeader("User-Agent"))) {
            getNext().invoke(request, response);
            return;
        }
        // a guest's cookie is given before the page goes out; whether a session cookie belongs to a signed-in
        // reader is known only after
        List<String> guest = guests.isGuest(request) ? guestKeys(request, response) : null;
        getNext().invoke(request, response);
        if (response.getStatus() == HttpServletResponse.SC_OK
                || response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
            List<String> keys = request.getAttribute(READER) instanceof Long reader ? List.of("r" + reader)
                    : guest != null ? guest : knownVisitorKeys(request);
            counter.record(new View(articleId(request), keys, FROM_RANKING.equals(request.getParameter("from"))));
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof Reader reader) {
            request.setAttribute(READER, reader.id());
        }
        return true;
    }

    /** A guest's keys: the visitor cookie, or a new one given now with the address and browser beside it. */
    private static List<String> guestKeys(HttpServletRequest request, HttpServletResponse response) {
        String visitor = cookie(request);
        if (visitor != null) {
            return List.of("v" + visitor);
        }
        String fresh = UUID.randomUUID().toString();
        var cookie = new Cookie(COOKIE, fresh);
        cookie.setPath("/");
        cookie.setMaxAge(COOKIE_DAYS * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return List.of("v" + fresh, addressKey(request));
    }

    /** A visitor with a session that signs nobody in (an expired one): its cookie, else its address and browser. */
    private static List<String> knownVisitorKeys(HttpServletRequest request) {
        String visitor = cookie(request);
        return List.of(visitor != null ? "v" + visitor : addressKey(request));
    }

    private static String addressKey(HttpServletRequest request) {
        String agent = String.valueOf(request.getHeader("User-Agent"));
        return "a" + request.getRemoteAddr() + "/" + HexFormat.of().toHexDigits(agent.hashCode());
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(COOKIE) && isUuid(cookie.getValue())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The article id of /articles/{id}, or null for any other path. */
    private static Long articleId(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/articles/")) {
            return null;
        }
        String id = path.substring("/articles/".length());
        return id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit) ? null : Long.parseLong(id);
    }
}
