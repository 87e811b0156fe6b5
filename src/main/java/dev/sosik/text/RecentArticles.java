package dev.sosik.text;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/** The story terms of the articles stored in the last moments, at most so many; thread-safe. */
final class RecentArticles {

    private record Stored(long id, Map<String, Integer> terms, long atNanos) {
    }

    private final long keptNanos;
    private final int most;
    private final Deque<Stored> stored = new ArrayDeque<>();

    RecentArticles(Duration kept, int most) {
        this.keptNanos = kept.toNanos();
        this.most = most;
    }

    synchronized void add(long id, Map<String, Integer> terms) {
        stored.addLast(new Stored(id, terms, System.nanoTime()));
        if (stored.size() > most) {
            stored.removeFirst();
        }
    }

    /** Article id to story terms, oldest first. */
    synchronized Map<Long, Map<String, Integer>> recent() {
        long now = System.nanoTime();
        while (!stored.isEmpty() && now - stored.peekFirst().atNanos() > keptNanos) {
            stored.removeFirst();
        }
        Map<Long, Map<String, Integer>> recent = new LinkedHashMap<>();
        stored.forEach(article -> recent.put(article.id(), article.terms()));
        return recent;
    }
}
