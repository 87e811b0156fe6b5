package dev.sosik.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.sosik.article.Headline;

/** The rankings as pages show them: every list's headlines and the rising keywords with theirs, in memory. */
public record RankingView(Instant computedAt, Map<String, List<Headline>> lists, List<Trend> trends) {

    static final RankingView EMPTY = new RankingView(Instant.EPOCH, Map.of(), List.of());

    public List<Headline> list(RankingKey key) {
        return lists.getOrDefault(key.name(), List.of());
    }

    public List<Headline> list(RankingKey key, int size) {
        List<Headline> all = list(key);
        return all.size() > size ? all.subList(0, size) : all;
    }

    /** A rising keyword and its newest articles. */
    public record Trend(KeywordTrend figures, List<Headline> articles) {

        public String tag() {
            return figures.tag();
        }
    }
}
