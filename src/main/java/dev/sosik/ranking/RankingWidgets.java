package dev.sosik.ranking;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.sosik.web.EncodedHtml;
import dev.sosik.web.PageBytes;
import gg.jte.TemplateEngine;

import org.springframework.stereotype.Component;

/**
 * The ranking lists as pages show them (주요뉴스, 최신뉴스, 인기뉴스), rendered once for each computation and written
 * into every page as the same bytes: every article page shows three of them, a third of its size, and a guest's
 * copy of the page then keeps only what is its own ({@link PageBytes}).
 */
@Component
public class RankingWidgets {

    private static final String TEMPLATE = "article/headlines.jte";

    /** The lists rendered for one computation; replaced as a whole when the rankings change. */
    private record Rendered(RankingView view, Map<String, EncodedHtml> lists) {
    }

    private final Rankings rankings;
    private final TemplateEngine templates;
    private volatile Rendered rendered = new Rendered(null, Map.of());

    RankingWidgets(Rankings rankings, TemplateEngine templates) {
        this.rankings = rankings;
        this.templates = templates;
    }

    /** The first size headlines of a ranking list, as links that say they came from a ranking. */
    public EncodedHtml list(RankingKey key, int size) {
        RankingView view = rankings.current();
        Rendered now = rendered;
        if (now.view() != view) {
            now = new Rendered(view, new ConcurrentHashMap<>());
            rendered = now;
        }
        return now.lists().computeIfAbsent(key.name() + "/" + size, name -> {
            var output = new PageBytes.Writer();
            templates.render(TEMPLATE, Map.of("headlines", view.list(key, size), "fromRanking", true), output);
            return new EncodedHtml(output.page().toByteArray());
        });
    }
}
