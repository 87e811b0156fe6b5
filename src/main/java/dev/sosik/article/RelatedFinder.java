package dev.sosik.article;

import java.util.List;
import java.util.Set;

/** Finds the articles related to one (the search feature answers it); the article page only asks. */
public interface RelatedFinder {

    /** Up to limit ids of related articles, best first, never the article itself nor those left out. */
    List<Long> related(long articleId, Set<Long> leaveOut, int limit);
}
