package dev.sosik.search;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.sosik.article.ArticleChangedElsewhere;
import dev.sosik.article.ArticleStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search index in step with articles that other instances store: every change is written
 * to {@code article_change} in the transaction that makes it, and each instance re-indexes the changes of the
 * others a moment later and tells its own readers of articles ({@link ArticleChangedElsewhere}). Its own changes
 * it has indexed already ({@link SearchIndexing}).
 *
 * <p>Sequence numbers are handed out before commit, so a change can become visible after a higher one: changes
 * are read again until they are older than {@link #SETTLED} (longer than any transaction that stores an article),
 * and each is indexed once.
 */
@Component
class IndexCatchUp {

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);
    static final Duration SETTLED = Duration.ofSeconds(10);
    private static final Duration KEPT = Duration.ofHours(1);

    private final String instance = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final SearchIndexing indexing;
    private final ApplicationEventPublisher events;
    /** Below this sequence number every change is settled and indexed. */
    private long settledUpTo;
    /** Changes above {@link #settledUpTo} indexed already. */
    private final Map<Long, Boolean> indexed = new HashMap<>();
    private final Duration pruneEvery;
    private OffsetDateTime lastPrune;

    IndexCatchUp(JdbcClient jdbc, SearchIndexing indexing, ApplicationEventPublisher events,
                 @Value("${sosik.search.prune-changes-every:10m}") Duration pruneEvery) {
        this.jdbc = jdbc;
        this.indexing = indexing;
        this.events = events;
        this.pruneEvery = pruneEvery;
        // whatever was stored before this instance started, the start-up check and rebuild have seen
        settledUpTo = jdbc.sql("select coalesce(max(seq), 0) from article_change").query(Long.class).single();
    }

    @EventListener
    void record(ArticleStored event) {
        jdbc.sql("insert into article_change (article_id, instance_id) values (?, ?)")
                .params(event.articleId(), instance).update();
    }

    private record Change(long seq, long articleId, boolean settled) {
    }

    @Scheduled(fixedDelayString = "${sosik.search.catch-up-every:1s}",
            initialDelayString = "${sosik.search.catch-up-every:1s}")
    synchronized void catchUp() {
        OffsetDateTime now = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
        List<Change> changes = jdbc.sql("""
                        select seq, article_id, changed_at < ? as settled from article_change
                        where seq > ? and instance_id <> ? order by seq""")
                .params(now.minus(SETTLED), settledUpTo, instance)
                .query((rs, row) -> new Change(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .list();
        for (Change change : changes) {
            if (indexed.putIfAbsent(change.seq(), true) == null) {
                indexing.reindex(change.articleId());
                events.publishEvent(new ArticleChangedElsewhere(change.articleId()));
            }
            if (change.settled()) {
                settledUpTo = change.seq();
            }
        }
        indexed.keySet().removeIf(seq -> seq <= settledUpTo);
        prune(now);
    }

    private void prune(OffsetDateTime now) {
        if (lastPrune != null && lastPrune.plus(pruneEvery).isAfter(now)) {
            return;
        }
        lastPrune = now;
        int pruned = jdbc.sql("delete from article_change where changed_at < ?").param(now.minus(KEPT)).update();
        if (pruned > 0) {
            log.debug("Pruned {} article changes older than {}", pruned, KEPT);
        }
    }
}
