package dev.sosik.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Resolves a view name such as {@code article/page} to the precompiled template {@code article/page.jte}. A page
 * rendered for a guest is offered to the {@link GuestPageCache}.
 */
final class JteViewResolver implements ViewResolver, Ordered {

    private final TemplateEngine engine;
    private final GuestPageCache guestPages;
    private final Map<String, View> views = new ConcurrentHashMap<>();

    JteViewResolver(TemplateEngine engine, GuestPageCache guestPages) {
        this.engine = engine;
        this.guestPages = guestPages;
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        String template = viewName + ".jte";
        if (!engine.hasTemplate(template)) {
            return null;
        }
        return views.computeIfAbsent(template, JteView::new);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private final class JteView implements View {

        private final String template;

        JteView(String template) {
            this.template = template;
        }

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        @SuppressWarnings("unchecked")
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            var output = new PageBytes.Writer();
            engine.render(template, (Map<String, Object>) model, output);
            response.setContentType(getContentType());
            PageBytes body = output.page();
            if (guestPages.answer(request, response, body)) {
                return;
            }
            response.setContentLength(body.length());
            body.writeTo(response.getOutputStream());
        }
    }
}
