package dev.sosik.article;

import java.util.List;
import java.util.Optional;

/** Finds the articles alike one (the search feature answers it); the article page only asks. */
public interface RelatedFinder {

    /**
     * Up to limit articles alike the stored one, best first, never the article itself; empty when the index does
     * not hold the article yet (stored a moment ago on another instance).
     */
    Optional<List<AlikeArticle>> alike(long articleId, int limit);
}
