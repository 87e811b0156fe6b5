package dev.sosik.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the due sources every few seconds, each on its own virtual thread, so that one slow or broken source never
 * holds the others (every fetch is also bounded by the fetch policy's timeouts). Sources are claimed with a lease,
 * so several instances never poll the same source at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sosik.ingest.schedule", havingValue = "true", matchIfMissing = true)
class SourceSchedule {

    static final Duration LEASE = Duration.ofMinutes(5);
    static final int MAX_PER_ROUND = 100;
    private static final Logger log = LoggerFactory.getLogger(SourceSchedule.class);

    private final Sources sources;
    private final FeedPolling polling;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    SourceSchedule(Sources sources, FeedPolling polling, Clock clock) {
        this.sources = sources;
        this.polling = polling;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sosik.ingest.poll-every:15s}", initialDelayString = "${sosik.ingest.poll-every:15s}")
    void pollDue() {
        List<Source> due = sources.claimDue(OffsetDateTime.now(clock), LEASE, MAX_PER_ROUND);
        for (Source source : due) {
            workers.submit(() -> {
                try {
                    polling.poll(source);
                } catch (RuntimeException e) {
                    log.error("Polling source {} ({}) broke", source.id(), source.feedUrl(), e);
                }
            });
        }
    }
}
