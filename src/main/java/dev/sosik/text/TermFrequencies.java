package dev.sosik.text;

/**
 * How many documents a corpus has and in how many of them each term occurs: the IDF side of the hashtag ranking.
 * The stored articles' are counted by the search index ({@link TagCorpus}); a set being evaluated or loaded at
 * once is counted in memory ({@link DocumentFrequencies}).
 */
public interface TermFrequencies {

    int documentCount();

    int frequency(String term);

    /** This corpus and another one together (no document in both). */
    default TermFrequencies plus(TermFrequencies other) {
        return new Sum(this, other);
    }

    record Sum(TermFrequencies first, TermFrequencies second) implements TermFrequencies {

        @Override
        public int documentCount() {
            return first.documentCount() + second.documentCount();
        }

        @Override
        public int frequency(String term) {
            return first.frequency(term) + second.frequency(term);
        }
    }
}
