package dev.sosik.article;

/**
 * Another instance stored or revised an article; this instance learnt it from the change log
 * ({@code article_change}) a moment later.
 */
public record ArticleChangedElsewhere(long articleId) {
}
