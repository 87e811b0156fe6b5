package dev.sosik.web;

import dev.sosik.account.Reader;
import dev.sosik.article.Categories;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the page frame's {@link Site} into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class SiteModel {

    private final Categories categories;

    SiteModel(Categories categories) {
        this.categories = categories;
    }

    @ModelAttribute("site")
    Site site(@AuthenticationPrincipal Reader viewer, HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Site(categories.all(), viewer,
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken());
    }
}
