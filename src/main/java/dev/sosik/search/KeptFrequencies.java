package dev.sosik.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * The document frequencies of one field's terms, kept for a while: looking one up visits every segment, an article
 * needs a few hundred, and an IDF hardly moves until the corpus has grown by a percent. They are forgotten once the
 * index holds a percent more (or fewer) documents than when they were first kept.
 */
final class KeptFrequencies {

    private static final double GROWTH_BEFORE_RECOUNT = 0.01;
    private static final int MOST_KEPT = 500_000;

    private final String field;
    private final Map<String, Integer> frequencies = new ConcurrentHashMap<>();
    private volatile int countedAt;

    KeptFrequencies(String field) {
        this.field = field;
    }

    int frequency(IndexSearcher searcher, String term) {
        int documents = searcher.getIndexReader().numDocs();
        if (documents > countedAt * (1 + GROWTH_BEFORE_RECOUNT) || documents < countedAt
                || frequencies.size() > MOST_KEPT) {
            frequencies.clear();
            countedAt = documents;
        }
        return frequencies.computeIfAbsent(term, key -> {
            try {
                return searcher.getIndexReader().docFreq(new Term(field, key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
