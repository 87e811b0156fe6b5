package dev.sosik.ranking;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What several instances must share: which visitor saw which article lately, and the computed rankings. In
 * process on the embedded default ({@link InProcessState}), in Redis when SOSIK_REDIS_URL is set
 * ({@link RedisState}).
 */
interface SharedState {

    /**
     * Marks each key as seen now, for the de-duplication window; answers, per key in order, whether it was
     * unseen within that window.
     */
    List<Boolean> markSeen(List<String> keys);

    /** Makes these rankings the ones every instance loads. */
    void publish(ComputedRankings rankings);

    /**
     * Whether this instance should compute the rankings now: one instance per period does, the others load what
     * it published. Without Redis (or while it is away) every instance computes its own.
     */
    boolean claimRefresh(Duration period);

    /** The rankings last published, if any can be read. */
    Optional<ComputedRankings> load();
}
