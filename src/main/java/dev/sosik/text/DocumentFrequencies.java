package dev.sosik.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Term frequencies counted in memory, for a set of texts analysed at once (the demo articles, an evaluation, a
 * re-tagging of everything), with the terms {@link Hashtagger#terms} gives. Thread-safe: adds and reads may run at
 * the same time; a reader may see a document's terms a moment before its count, which only nudges an IDF.
 */
public final class DocumentFrequencies implements TermFrequencies {

    private final ConcurrentHashMap<String, Integer> frequencies = new ConcurrentHashMap<>();
    private final AtomicInteger documents = new AtomicInteger();

    private DocumentFrequencies() {
    }

    public static DocumentFrequencies empty() {
        return new DocumentFrequencies();
    }

    public static DocumentFrequencies of(Collection<List<String>> documentsTerms) {
        var frequencies = new DocumentFrequencies();
        documentsTerms.forEach(frequencies::add);
        return frequencies;
    }

    /** Counts one more document; a term repeated in it counts once. Returns this instance, updated. */
    public DocumentFrequencies add(List<String> terms) {
        for (String term : new HashSet<>(terms)) {
            frequencies.merge(term, 1, Integer::sum);
        }
        documents.incrementAndGet();
        return this;
    }

    @Override
    public int documentCount() {
        return documents.get();
    }

    @Override
    public int frequency(String term) {
        return frequencies.getOrDefault(term, 0);
    }
}
