package dev.sosik.article;

/** An article was stored or revised: readers of it (the search index) catch up once the transaction commits. */
public record ArticleStored(long articleId) {
}
