package dev.sosik.text;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.sosik.article.AlikeArticle;

/**
 * The story corpus of every stored article, as the search index keeps it ({@code dev.sosik.search}): document
 * frequencies and each article's term counts, read without analysing any text again.
 */
public interface StoryStatistics {

    /** Runs the read against one consistent view of the corpus. */
    <T> T read(Function<StoryCorpus, T> use);

    /**
     * The stored articles that share most of these terms (MoreLikeThis over the story terms: the highest TF-IDF
     * ones, ORed), best first, with how alike each is (the cosine of the two TF-IDF vectors), leaving out the given
     * article. The article itself need not be in the index yet.
     */
    List<AlikeArticle> alike(Map<String, Integer> termCounts, long leaveOut, int limit);
}
