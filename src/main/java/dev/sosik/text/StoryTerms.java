package dev.sosik.text;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The terms same-story grouping compares: an article's nouns and figures, with their counts. */
public final class StoryTerms {

    /** Title nouns count this many times: a headline names the event, the body also tells its background. */
    static final int TITLE_WEIGHT = 3;

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final RecentResults<Map<String, Integer>> RECENT = new RecentResults<>(32);

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
        Map<String, Integer> known = RECENT.find(text);
        if (known != null) {
            return known;
        }
        Map<String, Integer> counts = new HashMap<>();
        add(title, TITLE_WEIGHT, counts);
        // the body as the hashtagger reads it, so that Nori's run for each part serves both
        var paragraphs = LeadAndRest.of(body);
        add(paragraphs.lead(), 1, counts);
        add(paragraphs.rest(), 1, counts);
        return RECENT.keep(text, Map.copyOf(counts));
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
