package dev.sosik.article;

import java.util.List;

/**
 * Everything the article page shows besides the layout.
 *
 * @param sectionTop     {section} 주요뉴스: ten articles of the article's section
 * @param latest         트렌드 뉴스, 최신뉴스 tab
 * @param popular        트렌드 뉴스, 인기뉴스 tab
 * @param commentSort    the comment sort tab in use: latest, recommended or replies
 * @param structuredData schema.org NewsArticle as JSON, escaped for a script element
 */
public record ArticlePage(
        FullArticle full,
        List<Headline> sectionTop,
        List<Headline> latest,
        List<Headline> popular,
        String commentSort,
        String canonicalUrl,
        String structuredData) {

    public Article article() {
        return full.article();
    }
}
