package dev.sosik.article;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import dev.sosik.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The article page: the hot path of the whole portal. */
@Controller
class ArticlePageController {

    static final int WIDGET_SIZE = 10;
    private static final Set<String> COMMENT_SORTS = Set.of("latest", "recommended", "replies");

    private final Articles articles;
    private final StructuredData structuredData;

    ArticlePageController(Articles articles, StructuredData structuredData) {
        this.articles = articles;
        this.structuredData = structuredData;
    }

    @GetMapping("/articles/{id}")
    ModelAndView show(@PathVariable long id, @RequestParam(defaultValue = "latest") String sort) {
        FullArticle full = articles.find(id)
                .orElseThrow(() -> new NotFoundException("기사를 찾을 수 없습니다. 삭제되었거나 주소가 잘못되었습니다."));
        Article article = full.article();
        String pageUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path(article.pagePath()).toUriString();
        var page = new ArticlePage(
                full,
                articles.latestHeadlines(ArticleFilter.category(article.category().code()), WIDGET_SIZE),
                articles.latestHeadlines(ArticleFilter.ALL, WIDGET_SIZE),
                articles.mostEngagedHeadlines(OffsetDateTime.now().minusDays(7), WIDGET_SIZE),
                COMMENT_SORTS.contains(sort) ? sort : "latest",
                pageUrl,
                structuredData.newsArticle(article, pageUrl));
        return new ModelAndView("article/page", Map.of("page", page));
    }
}
