package dev.sosik.ranking;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance's memory of recent visits and of its rankings. Marks expire after the window; the map is swept
 * of expired marks whenever it passes its bound, and emptied if they are all still fresh (a flood of distinct
 * visitors then costs some double counts, never the memory).
 */
final class InProcessState implements SharedState {

    private static final Logger log = LoggerFactory.getLogger(InProcessState.class);

    private final ConcurrentHashMap<String, Long> seenAt = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long windowMillis;
    private final int maxMarks;
    private volatile ComputedRankings rankings;

    InProcessState(Clock clock, Duration window, int maxMarks) {
        this.clock = clock;
        this.windowMillis = window.toMillis();
        this.maxMarks = maxMarks;
    }

    @Override
    public List<Boolean> markSeen(List<String> keys) {
        long now = clock.millis();
        if (seenAt.size() > maxMarks) {
            sweep(now);
        }
        return keys.stream().map(key -> {
            boolean[] unseen = {false};
            seenAt.compute(key, (k, at) -> {
                if (at == null || now - at >= windowMillis) {
                    unseen[0] = true;
                    return now;
                }
                return at;
            });
            return unseen[0];
        }).toList();
    }

    private void sweep(long now) {
        seenAt.values().removeIf(at -> now - at >= windowMillis);
        if (seenAt.size() > maxMarks) {
            log.warn("{} visitors seen within the window, more than the {} kept: forgetting them all",
                    seenAt.size(), maxMarks);
            seenAt.clear();
        }
    }

    int marks() {
        return seenAt.size();
    }

    @Override
    public void publish(ComputedRankings computed) {
        this.rankings = computed;
    }

    @Override
    public boolean claimRefresh(Duration period) {
        return true;
    }

    @Override
    public Optional<ComputedRankings> load() {
        return Optional.ofNullable(rankings);
    }
}
