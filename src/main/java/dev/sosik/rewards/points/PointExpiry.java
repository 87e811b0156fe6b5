package dev.sosik.rewards.points;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes off expired points every hour. Every instance may run it: one expiry entry per credit (its idempotency
 * key) keeps two runs from writing the same points off twice. Readers' own pages write theirs off on the spot.
 */
@Component
@ConditionalOnProperty(name = "sosik.rewards.schedule", havingValue = "true", matchIfMissing = true)
class PointExpiry {

    private static final Logger log = LoggerFactory.getLogger(PointExpiry.class);

    private final Ledger ledger;

    PointExpiry(Ledger ledger) {
        this.ledger = ledger;
    }

    @Scheduled(fixedDelayString = "${sosik.rewards.expire-every:1h}", initialDelayString = "${sosik.rewards.expire-every:1h}")
    void expire() {
        int points = ledger.expireAll();
        if (points > 0) {
            log.info("Wrote off {} expired points", points);
        }
    }
}
