package dev.sosik.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The terms same-story grouping compares: an article's nouns and figures, with their counts. */
public final class StoryTerms {

    /** Title nouns count this many times: a headline names the event, the body also tells its background. */
    static final int TITLE_WEIGHT = 3;

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final int REMEMBERED = 32;
    /**
     * The last articles counted: the index counts a stored article, then same-story grouping asks for the very
     * same text a moment later, and one Nori analysis is a good part of what storing an article costs.
     */
    private static final Map<String, Map<String, Integer>> LAST = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, Integer>> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private StoryTerms() {
    }

    /**
     * The nouns and the figures of an article, title terms {@link #TITLE_WEIGHT} times. Figures ("4.1", "3,200")
     * are what rewrites of one event repeat most faithfully, and they tell apart two events of one kind (two games
     * of one team, two earthquakes); the noun analysis drops them, so they are read here, without their thousands
     * separators. The map is not to be changed.
     */
    public static Map<String, Integer> count(String title, String body) {
        String text = title + '\n' + body;
        Map<String, Integer> known = LAST.get(text);
        if (known != null) {
            return known;
        }
        Map<String, Integer> counts = new HashMap<>();
        add(title, TITLE_WEIGHT, counts);
        add(body, 1, counts);
        Map<String, Integer> counted = Map.copyOf(counts);
        LAST.put(text, counted);
        return counted;
    }

    private static void add(String text, int weight, Map<String, Integer> counts) {
        for (String noun : KoreanAnalysis.standard().nouns(text)) {
            counts.merge(noun, weight, Integer::sum);
        }
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            counts.merge(figure.group().replace(",", ""), weight, Integer::sum);
        }
    }
}
