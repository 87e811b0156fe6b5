package dev.sosik.ranking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.sosik.article.ArticleFilter;
import dev.sosik.article.Articles;
import dev.sosik.article.Categories;
import dev.sosik.article.Category;
import dev.sosik.article.Headline;
import dev.sosik.engagement.ReactionType;
import dev.sosik.ranking.RankingQueries.Activity;
import dev.sosik.ranking.RankingQueries.TagCount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Computes every ranking list and the trending keywords from the database, as of the clock's now. */
@Component
class RankingComputation {

    static final int LIST_SIZE = 20;
    static final int TOP_SIZE = 10;
    static final int TREND_SIZE = 10;
    static final int ARTICLES_PER_TREND = 5;
    static final Duration POPULAR_PERIOD = Duration.ofDays(7);
    static final Duration TOP_PERIOD = Duration.ofHours(24);

    private final RankingQueries queries;
    private final Articles articles;
    private final Categories categories;
    private final Clock clock;
    private final Duration trendWindow;
    private final Duration trendBaseline;
    private final long trendMinCount;

    RankingComputation(RankingQueries queries, Articles articles, Categories categories, Clock clock,
                       @Value("${sosik.ranking.trend-window:12h}") Duration trendWindow,
                       @Value("${sosik.ranking.trend-baseline:7d}") Duration trendBaseline,
                       @Value("${sosik.ranking.trend-min-count:3}") long trendMinCount) {
        this.queries = queries;
        this.articles = articles;
        this.categories = categories;
        this.clock = clock;
        this.trendWindow = trendWindow;
        this.trendBaseline = trendBaseline;
        this.trendMinCount = trendMinCount;
    }

    ComputedRankings compute() {
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<String> sections = categories.all().stream().map(Category::code).toList();
        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(sections);

        List<Candidate> week = queries.publishedSince(at.minus(POPULAR_PERIOD));
        Map<Long, Double> scores = new HashMap<>();
        week.forEach(candidate -> scores.put(candidate.id(), PopularityScore.of(candidate, now)));
        Comparator<Candidate> best = Comparator.<Candidate>comparingDouble(c -> scores.get(c.id())).reversed()
                .thenComparing(Candidate::publishedAt, Comparator.reverseOrder())
                .thenComparing(Candidate::id, Comparator.reverseOrder());
        List<Candidate> ranked = week.stream().sorted(best).toList();
        List<Candidate> pinned = queries.pinned(at);
        OffsetDateTime dayAgo = at.minus(TOP_PERIOD);

        Map<String, List<Long>> lists = new LinkedHashMap<>();
        for (String scope : scopes) {
            Predicate<Candidate> inScope = c -> scope == null || scope.equals(c.category());
            List<Headline> newest = articles.latestHeadlines(
                    scope == null ? ArticleFilter.ALL : ArticleFilter.category(scope), LIST_SIZE);
            put(lists, new RankingKey(RankingKind.LATEST, scope, null, null), newest.stream().map(Headline::id).toList());
            put(lists, new RankingKey(RankingKind.POPULAR, scope, null, null),
                    ranked.stream().filter(inScope).limit(LIST_SIZE).map(Candidate::id).toList());
            // the best of the last 24 hours first; older articles of the week only fill a quiet section's list
            List<Candidate> fill = new ArrayList<>(ranked.stream().filter(inScope)
                    .filter(c -> !c.publishedAt().isBefore(dayAgo)).toList());
            ranked.stream().filter(inScope).filter(c -> c.publishedAt().isBefore(dayAgo)).forEach(fill::add);
            put(lists, new RankingKey(RankingKind.TOP, scope, null, null),
                    TopNewsSelection.select(pinned.stream().filter(inScope).toList(), fill, TOP_SIZE));
        }
        for (RankingWindow window : RankingWindow.values()) {
            OffsetDateTime since = at.minus(window.length());
            List<Activity> comments = queries.commentsSince(since);
            List<Activity> reactions = queries.reactionsSince(since);
            for (String scope : scopes) {
                put(lists, new RankingKey(RankingKind.COMMENTED, scope, null, window), mostActive(comments, scope, null));
                put(lists, new RankingKey(RankingKind.REACTED, scope, null, window), mostActive(reactions, scope, null));
                for (ReactionType type : ReactionType.values()) {
                    put(lists, new RankingKey(RankingKind.REACTED, scope, type, window),
                            mostActive(reactions, scope, type.code()));
                }
            }
        }
        return new ComputedRankings(now, lists, trends(at));
    }

    private static void put(Map<String, List<Long>> lists, RankingKey key, List<Long> ids) {
        lists.put(key.name(), ids);
    }

    /** Articles by how much of the activity (of one type, or all) they drew, the most recent activity first among equals. */
    private static List<Long> mostActive(List<Activity> activity, String scope, String type) {
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, OffsetDateTime> latest = new HashMap<>();
        for (Activity one : activity) {
            if ((scope == null || scope.equals(one.category())) && (type == null || type.equals(one.type()))) {
                counts.merge(one.articleId(), one.count(), Long::sum);
                latest.merge(one.articleId(), one.latest(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return counts.keySet().stream()
                .sorted(Comparator.<Long>comparingLong(counts::get).reversed()
                        .thenComparing(latest::get, Comparator.reverseOrder())
                        .thenComparing(Comparator.reverseOrder()))
                .limit(LIST_SIZE)
                .toList();
    }

    /**
     * Hashtags whose articles of the recent window outnumber what their usual rate over the baseline before it
     * would give: rise = recent / (expected + 1), only for tags with at least the minimum count and above their
     * usual rate.
     */
    private List<KeywordTrend> trends(OffsetDateTime now) {
        OffsetDateTime recentStart = now.minus(trendWindow);
        OffsetDateTime periodStart = recentStart.minus(trendBaseline);
        double windowsInBaseline = (double) trendBaseline.toSeconds() / trendWindow.toSeconds();
        List<KeywordTrend> rising = new ArrayList<>();
        for (TagCount count : queries.tagCounts(periodStart, recentStart)) {
            double expected = (count.total() - count.recent()) / windowsInBaseline;
            if (count.recent() >= trendMinCount && count.recent() > expected) {
                rising.add(new KeywordTrend(count.tag(), count.recent(), expected,
                        count.recent() / (expected + 1), List.of()));
            }
        }
        return rising.stream()
                .sorted(Comparator.comparingDouble(KeywordTrend::rise).reversed()
                        .thenComparing(KeywordTrend::recent, Comparator.reverseOrder())
                        .thenComparing(KeywordTrend::tag))
                .limit(TREND_SIZE)
                .map(trend -> new KeywordTrend(trend.tag(), trend.recent(), trend.expected(), trend.rise(),
                        queries.taggedSince(trend.tag(), recentStart, ARTICLES_PER_TREND)))
                .toList();
    }
}
