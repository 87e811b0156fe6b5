package dev.sosik.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few results of a Nori analysis, by the text analysed: storing an article analyses its text (hashtags,
 * same-story grouping), and the index asks for the very same analysis of the very same text a moment later. One
 * analysis is a good part of what storing an article costs. Results must not be changed by their users.
 */
final class RecentResults<V> {

    private final Map<String, V> last;

    RecentResults(int size) {
        last = Collections.synchronizedMap(new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        });
    }

    /** The result kept for this text, or null. */
    V find(String text) {
        return last.get(text);
    }

    V keep(String text, V result) {
        last.put(text, result);
        return result;
    }
}
