package dev.sosik.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {section} 주요뉴스: the pinned articles first, then the best scored; at most {@value #PER_PRESS} of one press
 * in the list and one article per same-story cluster, pins included (a pin is always shown, but it takes its
 * press's and its story's place).
 */
final class TopNewsSelection {

    static final int PER_PRESS = 2;

    private TopNewsSelection() {
    }

    /**
     * @param pinned the pinned articles, in the order they show
     * @param ranked the rest, best first (the same article may be in both; it shows once)
     */
    static List<Long> select(List<Candidate> pinned, List<Candidate> ranked, int size) {
        List<Long> chosen = new ArrayList<>();
        Map<Long, Integer> perPress = new HashMap<>();
        Set<Long> stories = new HashSet<>();
        for (Candidate pin : pinned) {
            if (chosen.size() < size && !chosen.contains(pin.id())) {
                chosen.add(pin.id());
                perPress.merge(pin.pressId(), 1, Integer::sum);
                stories.add(pin.storyId());
            }
        }
        for (Candidate next : ranked) {
            if (chosen.size() >= size) {
                break;
            }
            if (chosen.contains(next.id()) || stories.contains(next.storyId())
                    || perPress.getOrDefault(next.pressId(), 0) >= PER_PRESS) {
                continue;
            }
            chosen.add(next.id());
            perPress.merge(next.pressId(), 1, Integer::sum);
            stories.add(next.storyId());
        }
        return chosen;
    }
}
