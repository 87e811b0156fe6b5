package dev.sosik.article;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sosik.web.Kst;

/**
 * An article in the API (snake_case on the wire). Lists carry the same fields but body_html.
 *
 * @param url     the press's original
 * @param pageUrl the article's page on this portal
 */
record ArticleJson(
        long id,
        String url,
        String pageUrl,
        String title,
        CategoryJson category,
        PressRef press,
        ReporterJson reporter,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String bodyHtml,
        List<String> hashtags,
        CountsJson counts) {

    static ArticleJson of(Article article, String bodyHtml, String baseUrl) {
        return new ArticleJson(
                article.id(),
                article.url(),
                baseUrl + article.pagePath(),
                article.title(),
                new CategoryJson(article.category().code(), article.category().name()),
                new PressRef(article.press().code(), article.press().name()),
                article.reporter() == null ? null
                        : new ReporterJson(article.reporter().name(),
                                article.reporter().hasEmail() ? article.reporter().email() : null),
                Kst.offset(article.publishedAt()),
                Kst.offset(article.updatedAt()),
                bodyHtml,
                article.hashtags(),
                CountsJson.of(article.counts()));
    }

    record CategoryJson(String code, String name) {
    }

    record PressRef(String code, String name) {
    }

    record ReporterJson(String name, String email) {
    }

    record CountsJson(long views, long comments, ReactionsJson reactions) {

        static CountsJson of(ArticleCounts counts) {
            return new CountsJson(counts.views(), counts.comments(),
                    new ReactionsJson(counts.joy(), counts.cheer(), counts.disappointed(), counts.sad()));
        }
    }

    record ReactionsJson(long joy, long cheer, long disappointed, long sad) {
    }
}
