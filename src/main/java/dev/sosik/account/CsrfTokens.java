package dev.sosik.account;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * How a request carries the CSRF token, as Spring Security's {@code csrf.spa()} has it: scripts and API clients
 * send the XSRF-TOKEN cookie's value back in the header, forms send the masked token a page rendered (a different
 * mask on every page, against BREACH). Unlike {@code csrf.spa()}, the masked token is made only when a page asks
 * for it: made for every request, its fresh random bytes came from one shared source where 64 writing readers
 * queued (docs/performance.md).
 */
final class CsrfTokens implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    CsrfTokens() {
        // the request attribute gets a fixed name: taking the token's own parameter name would make the token
        masked.setCsrfRequestAttributeName("_csrf");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return (StringUtils.hasText(request.getHeader(token.getHeaderName())) ? plain : masked)
                .resolveCsrfTokenValue(request, token);
    }
}
