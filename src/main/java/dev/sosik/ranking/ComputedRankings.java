package dev.sosik.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What one refresh computed: each list's article ids in rank order (by {@link RankingKey#name()}) and the trends. */
record ComputedRankings(Instant computedAt, Map<String, List<Long>> lists, List<KeywordTrend> trends) {

    static final ComputedRankings NONE = new ComputedRankings(Instant.EPOCH, Map.of(), List.of());
}
