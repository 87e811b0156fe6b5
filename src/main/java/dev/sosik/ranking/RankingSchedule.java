package dev.sosik.ranking;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the rankings every {@code sosik.ranking.refresh-every} (30 s): one instance computes and publishes,
 * the others load what it published every {@code sosik.ranking.reload-every} (5 s). Off with
 * {@code sosik.ranking.schedule=false} (tests and commands refresh by hand).
 */
@Component
@ConditionalOnProperty(name = "sosik.ranking.schedule", havingValue = "true", matchIfMissing = true)
class RankingSchedule {

    private final Rankings rankings;
    private final SharedState state;
    private final Duration refreshEvery;

    RankingSchedule(Rankings rankings, SharedState state,
                    @Value("${sosik.ranking.refresh-every:30s}") Duration refreshEvery) {
        this.rankings = rankings;
        this.state = state;
        this.refreshEvery = refreshEvery;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${sosik.ranking.refresh-every:30s}")
    void refresh() {
        // the claim lapses a little before the next run, so that the same instance may claim it again
        if (state.claimRefresh(refreshEvery.minusMillis(refreshEvery.toMillis() / 10))) {
            rankings.refresh();
        } else {
            rankings.reload();
        }
    }

    @Scheduled(initialDelayString = "${sosik.ranking.reload-every:5s}", fixedDelayString = "${sosik.ranking.reload-every:5s}")
    void reload() {
        rankings.reload();
    }
}
