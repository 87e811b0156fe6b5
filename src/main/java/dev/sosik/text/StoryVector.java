package dev.sosik.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The TF-IDF vector of one article over its nouns, scaled to unit length so that the cosine of two vectors is their
 * dot product.
 */
public final class StoryVector {

    private final Map<String, Double> weights;

    private StoryVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /**
     * Weighs each term by {@code (1 + ln tf) * idf²}: the logarithm keeps a noun repeated ten times in one article
     * from outweighing the several distinct names two rewrites of an event share, and the squared IDF lets those
     * rare names (people, companies, places) outweigh the topic words two events of one kind share (지진, 기상청).
     */
    static StoryVector of(Map<String, Integer> termCounts, StoryCorpus corpus) {
        Map<String, Double> weights = new HashMap<>();
        double squares = 0;
        for (var entry : termCounts.entrySet()) {
            double idf = corpus.idf(entry.getKey());
            double weight = (1 + Math.log(entry.getValue())) * idf * idf;
            weights.put(entry.getKey(), weight);
            squares += weight * weight;
        }
        double length = Math.sqrt(squares);
        if (length > 0) {
            weights.replaceAll((term, weight) -> weight / length);
        }
        return new StoryVector(weights);
    }

    /** The cosine of the two vectors, between 0 (no noun in common) and 1. */
    public double cosine(StoryVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (var entry : small.entrySet()) {
            dot += entry.getValue() * large.getOrDefault(entry.getKey(), 0.0);
        }
        return dot;
    }
}
