package dev.sosik.ranking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts article views without making a page wait: {@link #record} only puts the view on a lock-free queue; every
 * {@code sosik.ranking.flush-every} (1 s) one thread takes what is queued, de-duplicates it against the visitor
 * marks (in memory or Redis) and adds the counts to article_counter in one batch. A normal shutdown flushes all;
 * a crash loses at most the views of the last interval. The queue is bounded: past the bound (a flood while the
 * database is away) views are dropped and the drop is logged, never the memory exhausted.
 */
@Component
public class ViewCounter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private final ConcurrentLinkedQueue<View> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();
    /** Counts that passed de-duplication but could not be written yet: article id → {views, ranking views}. */
    private final Map<Long, long[]> unwritten = new HashMap<>();
    private final SharedState state;
    private final JdbcTemplate jdbc;
    private final Duration flushEvery;
    private final int capacity;
    private ScheduledExecutorService flusher;

    ViewCounter(SharedState state, JdbcTemplate jdbc,
                @Value("${sosik.ranking.flush-every:1s}") Duration flushEvery,
                @Value("${sosik.ranking.view-queue:1000000}") int capacity) {
        this.state = state;
        this.jdbc = jdbc;
        this.flushEvery = flushEvery;
        this.capacity = capacity;
    }

    /** The hot path: never blocks, never touches the database or Redis. */
    void record(View view) {
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            dropped.increment();
            return;
        }
        queue.offer(view);
    }

    /** Counts everything queued so far and writes it; returns the views added. */
    public synchronized long flush() {
        List<View> taken = new ArrayList<>();
        for (View view; (view = queue.poll()) != null; ) {
            queued.decrementAndGet();
            taken.add(view);
        }
        if (!taken.isEmpty()) {
            List<String> keys = new ArrayList<>();
            taken.forEach(view -> view.visitorKeys().forEach(key -> keys.add(view.articleId() + ":" + key)));
            List<Boolean> unseen = state.markSeen(keys);
            int at = 0;
            for (View view : taken) {
                boolean counts = true;
                for (int i = 0; i < view.visitorKeys().size(); i++) {
                    counts &= unseen.get(at++);
                }
                if (counts) {
                    add(view.articleId(), 1, view.fromRanking() ? 1 : 0);
                }
            }
        }
        long droppedNow = dropped.sumThenReset();
        if (droppedNow > 0) {
            log.warn("{} views dropped: more than {} waited to be counted", droppedNow, capacity);
        }
        return write();
    }

    /** Adds counted views directly (the traffic simulation's visitors are all distinct); written at the next flush. */
    public synchronized void add(long articleId, long views, long rankingViews) {
        long[] counts = unwritten.computeIfAbsent(articleId, id -> new long[2]);
        counts[0] += views;
        counts[1] += rankingViews;
    }

    private long write() {
        if (unwritten.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = new ArrayList<>();
        long views = 0;
        for (var entry : unwritten.entrySet()) {
            rows.add(new Object[] {entry.getValue()[0], entry.getValue()[1], entry.getKey()});
            views += entry.getValue()[0];
        }
        try {
            jdbc.batchUpdate("update article_counter set views = views + ?, ranking_views = ranking_views + ?"
                    + " where article_id = ?", rows);
            unwritten.clear();
            return views;
        } catch (RuntimeException e) {
            log.warn("Could not write {} views, kept for the next flush: {}", views, e.getMessage());
            return 0;
        }
    }

    @Override
    public synchronized void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("view-counter").daemon()
                .factory());
        flusher.scheduleWithFixedDelay(this::flushQuietly, flushEvery.toMillis(), flushEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Counting views failed, retrying at the next flush", e);
        }
    }

    /** Stops the schedule, then writes everything still queued, before the database goes away. */
    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = flusher;
            flusher = null;
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long written = flush();
            log.info("Views written at shutdown: {}", written);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return flusher != null;
    }

    /** Stops after the web server (which stops in a later phase), before the data source is closed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
