package dev.sosik.ranking;

import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import dev.sosik.account.Reader;
import dev.sosik.web.GuestPageCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a view of every article page answered to a person (robots are not counted), also when the browser's copy
 * was still good (304): the visitor is the signed-in reader, else the {@value #COOKIE} cookie, given here on the
 * first visit. A page reached from a ranking list carries {@code ?from=ranking} (the page's canonical link drops
 * it); such views are marked.
 */
@Component
@Order(GuestPageCache.FILTER_ORDER - 1)
class ViewCounting extends OncePerRequestFilter {

    static final String COOKIE = "sosik_visitor";
    static final String FROM_RANKING = "ranking";
    private static final int COOKIE_DAYS = 365;

    private final ViewCounter counter;

    ViewCounting(ViewCounter counter) {
        this.counter = counter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.GET.matches(request.getMethod()) || articleId(request) == null
                || Bots.isRobot(request.getHeader("User-Agent"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> keys = visitorKeys(request, response);
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_OK
                || response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
            counter.record(new View(articleId(request), keys, FROM_RANKING.equals(request.getParameter("from"))));
        }
    }

    private static List<String> visitorKeys(HttpServletRequest request, HttpServletResponse response) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof Reader reader) {
            return List.of("r" + reader.id());
        }
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
        String agent = String.valueOf(request.getHeader("User-Agent"));
        return List.of("v" + fresh, "a" + request.getRemoteAddr() + "/"
                + HexFormat.of().toHexDigits(agent.hashCode()));
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
