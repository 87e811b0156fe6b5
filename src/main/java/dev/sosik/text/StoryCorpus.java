package dev.sosik.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document frequencies of nouns over a set of articles (the recent articles a clustering run looks at), for the IDF
 * half of TF-IDF. It keeps the noun counts of the articles it was built from, so that the Nori analysis of an article
 * runs once however many pairs it takes part in.
 */
public final class StoryCorpus {

    /** Title nouns count this many times: a headline names the event, the body also tells its background. */
    static final int TITLE_WEIGHT = 3;

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final int documents;
    private final Map<String, Integer> documentFrequency;
    private final Map<String, Map<String, Integer>> termCountsById;

    private StoryCorpus(int documents, Map<String, Integer> documentFrequency,
                        Map<String, Map<String, Integer>> termCountsById) {
        this.documents = documents;
        this.documentFrequency = documentFrequency;
        this.termCountsById = termCountsById;
    }

    public static StoryCorpus of(Collection<SameStory.Doc> docs) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Map<String, Integer>> termCountsById = new HashMap<>();
        for (var doc : docs) {
            var counts = termCounts(doc);
            termCountsById.put(doc.id(), counts);
            for (String term : counts.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        return new StoryCorpus(termCountsById.size(), documentFrequency, termCountsById);
    }

    public int documents() {
        return documents;
    }

    /** In how many of the corpus's articles the noun occurs. */
    public int documentFrequency(String term) {
        return documentFrequency.getOrDefault(term, 0);
    }

    /**
     * Smoothed IDF, {@code ln((N + 1) / (df + 1)) + 1}: a noun the corpus has never seen gets the highest weight
     * rather than a division by zero, and a noun in every article still weighs a little.
     */
    double idf(String term) {
        return Math.log((documents + 1.0) / (documentFrequency(term) + 1.0)) + 1;
    }

    /** The TF-IDF vector of an article, from the cached analysis when the article is part of the corpus. */
    public StoryVector vector(SameStory.Doc doc) {
        var counts = termCountsById.get(doc.id());
        return StoryVector.of(counts != null ? counts : termCounts(doc), this);
    }

    private static Map<String, Integer> termCounts(SameStory.Doc doc) {
        Map<String, Integer> counts = new HashMap<>();
        addTerms(doc.title(), TITLE_WEIGHT, counts);
        addTerms(doc.body(), 1, counts);
        return counts;
    }

    /**
     * The nouns and the figures of a text. Figures ("4.1", "3,200") are what rewrites of one event repeat most
     * faithfully, and they tell apart two events of one kind (two games of one team, two earthquakes); the noun
     * analysis drops them, so they are read here, without their thousands separators.
     */
    private static void addTerms(String text, int weight, Map<String, Integer> counts) {
        for (String noun : KoreanAnalysis.standard().nouns(text)) {
            counts.merge(noun, weight, Integer::sum);
        }
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            counts.merge(figure.group().replace(",", ""), weight, Integer::sum);
        }
    }
}
