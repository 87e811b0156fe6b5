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
 *
 * <p>The first refresh comes {@code sosik.ranking.first-refresh-after} (10 s) after the start: until then pages
 * show the rankings last published or computed ({@link Rankings}), and the first pages a starting instance serves
 * do not share its two cores with a computation of seconds (at 100,000 articles the first page came 1.6 s later
 * when they did).
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

    @Scheduled(initialDelayString = "${sosik.ranking.first-refresh-after:10s}",
            fixedDelayString = "${sosik.ranking.refresh-every:30s}")
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
