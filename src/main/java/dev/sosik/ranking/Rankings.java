package dev.sosik.ranking;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.sosik.article.Article;
import dev.sosik.article.Articles;
import dev.sosik.article.Headline;

import org.springframework.stereotype.Service;

/**
 * The rankings pages read: held in memory, replaced as a whole by {@link #refresh()} (compute, publish, show) or
 * {@link #reload()} (show what another instance published). A request never computes a ranking: the first read of
 * a starting instance shows what another instance published or the last computation's snapshot (the schedule
 * computes new ones a few seconds later), and waits for a computation only on a site that never had one.
 */
@Service
public class Rankings {

    private final RankingComputation computation;
    private final SharedState state;
    private final Articles articles;
    private final PointNews pointNews;
    private final RankingSnapshots snapshots;
    private final AtomicReference<RankingView> current = new AtomicReference<>();
    private final Object firstRead = new Object();

    Rankings(RankingComputation computation, SharedState state, Articles articles, PointNews pointNews,
             RankingSnapshots snapshots) {
        this.computation = computation;
        this.state = state;
        this.articles = articles;
        this.pointNews = pointNews;
        this.snapshots = snapshots;
    }

    public RankingView current() {
        RankingView view = current.get();
        return view != null ? view : firstRead();
    }

    private RankingView firstRead() {
        synchronized (firstRead) {
            if (current.get() == null) {
                Optional<RankingView> known = state.load().or(snapshots::last).map(this::show);
                // unless the first computation has finished meanwhile: it is newer
                known.ifPresent(shown -> current.compareAndSet(null, shown));
            }
        }
        RankingView view = current.get();
        if (view != null) {
            return view;
        }
        synchronized (this) {
            if (current.get() == null) {
                current.set(computeAndShow());
            }
            return current.get();
        }
    }

    /** Computes every list now, publishes it to the other instances and shows it. */
    public synchronized void refresh() {
        current.set(computeAndShow());
    }

    /** Shows the rankings last published (by any instance), when they can be read. */
    public void reload() {
        state.load().ifPresent(computed -> current.set(show(computed)));
    }

    private RankingView computeAndShow() {
        ComputedRankings computed = computation.compute();
        pointNews.applyRule(computed);
        state.publish(computed);
        snapshots.save(computed);
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
