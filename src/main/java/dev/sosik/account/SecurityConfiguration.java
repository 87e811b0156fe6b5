package dev.sosik.account;

import java.io.IOException;

import dev.sosik.web.ErrorPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Who may do what. Reading is open to everyone; writing needs a signed-in reader; moderation needs an admin.
 * Every state-changing request carries a CSRF token: pages in a form field, the API in the X-XSRF-TOKEN header
 * copied from the XSRF-TOKEN cookie that every response hands out.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https: data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Only a web application has requests to secure; the command line runs without. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain portal(HttpSecurity http, ErrorPages errors, SecurityContextRepository contexts) {
        http
                .securityContext(context -> context.securityContextRepository(contexts))
                // a press pushes with its API key in a header, never with a cookie: nothing for CSRF to forge
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokens())
                        .ignoringRequestMatchers("/api/v1/ingest/**"))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/me", "/api/v1/me/**", "/me/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/session", "/signup", "/login")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/ingest/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            if (request.getRequestURI().startsWith("/api/")) {
                                errors.write(request, response, HttpStatus.UNAUTHORIZED, "로그인이 필요합니다.");
                            } else {
                                response.sendRedirect("/login?next=" + UriUtils.encodeQueryParam(
                                        returnPath(request), "UTF-8"));
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> errors.write(request, response,
                                HttpStatus.FORBIDDEN, e instanceof CsrfException
                                        ? "보안 토큰이 없거나 만료되었습니다. 페이지를 새로고침한 뒤 다시 시도해 주세요."
                                        : "이 요청을 처리할 권한이 없습니다.")))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** Where to return after signing in: the page for a GET, the page the form was on otherwise. */
    private static String returnPath(HttpServletRequest request) {
        if (HttpMethod.GET.matches(request.getMethod())) {
            String query = request.getQueryString();
            return request.getRequestURI() + (query == null ? "" : "?" + query);
        }
        return LocalPaths.orHome(request.getHeader("Referer"));
    }

    /**
     * Spring Security makes the CSRF token only when something asks for it; asking for it on every request of a
     * client that has no XSRF-TOKEN cookie yet hands every page and API response the cookie that scripts and API
     * clients send back in the header. A client that has it is not asked for it again: asking masks the token with
     * fresh random bytes, and the shared random source was where 64 writing readers queued.
     */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {

        private static final String COOKIE = "XSRF-TOKEN";

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!hasCookie(request) && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }

        private static boolean hasCookie(HttpServletRequest request) {
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (cookie.getName().equals(COOKIE) && !cookie.getValue().isEmpty()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
