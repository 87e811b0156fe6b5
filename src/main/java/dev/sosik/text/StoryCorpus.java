package dev.sosik.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of nouns over a set of articles, for the IDF half of TF-IDF, and each article's noun counts.
 * Two sources: {@link #of} counts a given set of articles in memory (the evaluation sets); the portal reads the
 * search index, which keeps every article's counts ({@code dev.sosik.search}), so that no stored article is ever
 * analysed again to be compared.
 */
public interface StoryCorpus {

    int documents();

    /** In how many of the corpus's articles the noun occurs. */
    int documentFrequency(String term);

    /** The article's noun and figure counts, from the corpus when it holds them, else counted from its text. */
    Map<String, Integer> termCounts(SameStory.Doc doc);

    /**
     * Smoothed IDF, {@code ln((N + 1) / (df + 1)) + 1}: a noun the corpus has never seen gets the highest weight
     * rather than a division by zero, and a noun in every article still weighs a little.
     */
    default double idf(String term) {
        return Math.log((documents() + 1.0) / (documentFrequency(term) + 1.0)) + 1;
    }

    /** The TF-IDF vector of an article. */
    default StoryVector vector(SameStory.Doc doc) {
        return vector(termCounts(doc));
    }

    /** The TF-IDF vector of these noun and figure counts. */
    default StoryVector vector(Map<String, Integer> termCounts) {
        return StoryVector.of(termCounts, this);
    }

    /** The articles counted in memory, each analysed once however many pairs it takes part in. */
    static StoryCorpus of(Collection<SameStory.Doc> docs) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Map<String, Integer>> termCountsById = new HashMap<>();
        for (var doc : docs) {
            var counts = StoryTerms.count(doc.title(), doc.body());
            termCountsById.put(doc.id(), counts);
            for (String term : counts.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        int documents = termCountsById.size();
        return new StoryCorpus() {
            @Override
            public int documents() {
                return documents;
            }

            @Override
            public int documentFrequency(String term) {
                return documentFrequency.getOrDefault(term, 0);
            }

            @Override
            public Map<String, Integer> termCounts(SameStory.Doc doc) {
                var counts = termCountsById.get(doc.id());
                return counts != null ? counts : StoryTerms.count(doc.title(), doc.body());
            }
        };
    }
}
