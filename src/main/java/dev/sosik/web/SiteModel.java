package dev.sosik.web;

import dev.sosik.account.Reader;
import dev.sosik.article.Categories;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the page frame's {@link Site} into the model of every page about to be rendered. Only then: a JSON
 * answer or a redirect needs no section list and no CSRF token, and the API is the busier path.
 */
@Configuration(proxyBeanMethods = false)
class SiteModel implements HandlerInterceptor, WebMvcConfigurer {

    private final Categories categories;

    SiteModel(Categories categories) {
        this.categories = categories;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        Reader viewer = signedIn != null && signedIn.getPrincipal() instanceof Reader reader ? reader : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        page.addObject("site", new Site(categories.all(), viewer,
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                request.getRequestURI()));
    }
}
