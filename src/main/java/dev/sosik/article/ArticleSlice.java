package dev.sosik.article;

import java.util.List;

/** One page of a newest-first listing and the cursor of the next page, null on the last page. */
public record ArticleSlice(List<Article> items, ArticleCursor next) {

    public boolean hasNext() {
        return next != null;
    }
}
