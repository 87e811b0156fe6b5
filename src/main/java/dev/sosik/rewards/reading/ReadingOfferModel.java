package dev.sosik.rewards.reading;

import java.util.Map;

import dev.sosik.account.Reader;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the reading-reward box into the article page's model, so the article feature needs no more than one include
 * to show it.
 */
@ControllerAdvice(basePackages = "dev.sosik.article")
class ReadingOfferModel {

    private final ReadingRewards rewards;

    ReadingOfferModel(ReadingRewards rewards) {
        this.rewards = rewards;
    }

    @ModelAttribute("readingOffer")
    ReadingOffer readingOffer(HttpServletRequest request, @AuthenticationPrincipal Reader viewer) {
        if (!"/articles/{id}".equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
                || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars)
                || !(vars.get("id") instanceof String id) || !id.matches("\\d{1,18}")) {
            return null;
        }
        return rewards.offer(Long.parseLong(id), viewer == null ? null : viewer.id());
    }
}
