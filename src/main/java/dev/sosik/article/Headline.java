package dev.sosik.article;

import java.time.OffsetDateTime;

/** A line of a ranking widget (주요뉴스, 최신뉴스, 인기뉴스): just what the widget shows. */
public record Headline(long id, String title, String pressName, long comments, OffsetDateTime publishedAt,
                       String thumbnailUrl) {

    public String pagePath() {
        return Article.pagePath(id);
    }
}
