package dev.sosik.ranking;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.sosik.article.Article;
import dev.sosik.article.Articles;
import dev.sosik.article.Headline;

import org.springframework.stereotype.Service;

/**
 * The rankings pages read: held in memory, replaced as a whole by {@link #refresh()} (compute, publish, show) or
 * {@link #reload()} (show what another instance published). A request never computes a ranking; only the very
 * first read of an instance that has none yet waits for one.
 */
@Service
public class Rankings {

    private final RankingComputation computation;
    private final SharedState state;
    private final Articles articles;
    private final PointNews pointNews;
    private volatile RankingView current;

    Rankings(RankingComputation computation, SharedState state, Articles articles, PointNews pointNews) {
        this.computation = computation;
        this.state = state;
        this.articles = articles;
        this.pointNews = pointNews;
    }

    public RankingView current() {
        RankingView view = current;
        if (view == null) {
            synchronized (this) {
                if (current == null) {
                    current = state.load().map(this::show).orElseGet(this::computeAndShow);
                }
                view = current;
            }
        }
        return view;
    }

    /** Computes every list now, publishes it to the other instances and shows it. */
    public synchronized void refresh() {
        current = computeAndShow();
    }

    /** Shows the rankings last published (by any instance), when they can be read. */
    public void reload() {
        state.load().ifPresent(computed -> current = show(computed));
    }

    private RankingView computeAndShow() {
        ComputedRankings computed = computation.compute();
        pointNews.applyRule(computed);
        state.publish(computed);
        return show(computed);
    }

    /** Turns ids into headlines with one query for all lists. */
    private RankingView show(ComputedRankings computed) {
        Set<Long> ids = new LinkedHashSet<>();
        computed.lists().values().forEach(ids::addAll);
        computed.trends().forEach(trend -> ids.addAll(trend.articleIds()));
        Map<Long, Headline> headlines = new HashMap<>();
        for (Article article : articles.byIds(List.copyOf(ids))) {
            headlines.put(article.id(), new Headline(article.id(), article.title(), article.press().name(),
                    article.counts().comments(), article.publishedAt(), article.thumbnailUrl()));
        }
        Map<String, List<Headline>> lists = new LinkedHashMap<>();
        computed.lists().forEach((name, listed) -> lists.put(name, resolve(listed, headlines)));
        List<RankingView.Trend> trends = computed.trends().stream()
                .map(trend -> new RankingView.Trend(trend, resolve(trend.articleIds(), headlines))).toList();
        return new RankingView(computed.computedAt(), lists, trends);
    }

    private static List<Headline> resolve(List<Long> ids, Map<Long, Headline> headlines) {
        return ids.stream().map(headlines::get).filter(Objects::nonNull).toList();
    }
}
