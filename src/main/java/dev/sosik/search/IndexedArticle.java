package dev.sosik.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.sosik.text.Hashtagger;
import dev.sosik.text.StoryTerms;

/** What the search index keeps of an article: its text to match and show, and what results are filtered by. */
record IndexedArticle(long id, String title, String body, String categoryCode, String pressCode,
                      OffsetDateTime publishedAt, List<String> hashtags) {

    /** The nouns and figures that same-story grouping compares (one Nori analysis). */
    Map<String, Integer> storyTerms() {
        return StoryTerms.count(title, body);
    }

    /** The terms the hashtagger weighs (the analysis that tagged the article a moment ago, when it was just stored). */
    List<String> tagTerms() {
        return Hashtagger.standard().terms(title, body);
    }
}
