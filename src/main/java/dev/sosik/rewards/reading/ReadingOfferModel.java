package dev.sosik.rewards.reading;

import dev.sosik.account.Reader;
import dev.sosik.article.ArticlePage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the reading-reward box into an article page's model once the page is made, so the article feature needs no
 * more than one include to show it. A guest's box follows the page's kept content; a reader's is decided on the
 * database (it hands out a token worth points). Asking the database for every page rendered for a guest was a
 * seventh of its time (docs/performance.md).
 */
@Component
class ReadingOfferModel implements HandlerInterceptor, WebMvcConfigurer {

    private final ReadingRewards rewards;

    ReadingOfferModel(ReadingRewards rewards) {
        this.rewards = rewards;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // every handler that makes an article page gets the box, whatever its path: the model says which it made
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view != null && view.getModel().get("page") instanceof ArticlePage page) {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            Long readerId = signedIn != null && signedIn.getPrincipal() instanceof Reader reader ? reader.id() : null;
            view.addObject("readingOffer", rewards.offer(page.article().id(), page.pointNews(), readerId));
        }
    }
}
