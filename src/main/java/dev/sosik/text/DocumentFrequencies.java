package dev.sosik.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many documents of the corpus there are and in how many of them each term occurs: the IDF side of the hashtag
 * ranking. The application builds it from every stored article at start-up ({@link #of}) and {@link #add}s each new
 * article as it arrives, with the terms {@link Hashtagger#terms} gives. Thread-safe: adds and reads may run at the same
 * time; a reader may see a document's terms a moment before its count, which only nudges an IDF.
 */
public final class DocumentFrequencies {

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

    public int documentCount() {
        return documents.get();
    }

    public int frequency(String term) {
        return frequencies.getOrDefault(term, 0);
    }
}
