package dev.sosik.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import dev.sosik.article.Reporter;
import dev.sosik.ingest.extract.ArticleExtractor;
import dev.sosik.ingest.extract.Charsets;
import dev.sosik.ingest.extract.ExtractedPage;
import dev.sosik.ingest.extract.HtmlSanitizer;
import dev.sosik.ingest.extract.PressRules;
import dev.sosik.ingest.feed.Feed;
import dev.sosik.ingest.feed.FeedItem;
import dev.sosik.ingest.feed.FeedReader;
import dev.sosik.ingest.feed.FeedRejected;
import dev.sosik.ingest.fetch.FetchResult;
import dev.sosik.ingest.fetch.SafeFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * One poll of one source: fetch the feed (conditionally), read it, take each item (with its full article page
 * when the source asks for it) into the store, and record how it went on the source. A failing source backs off
 * exponentially, with jitter, and is never given up.
 */
@Service
public class FeedPolling {

    static final Duration MAX_BACKOFF = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(FeedPolling.class);

    private final Sources sources;
    private final SafeFetcher fetcher;
    private final FeedReader feeds = new FeedReader();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final PressRules rules = PressRules.standard();
    private final ArticleIngest ingest;
    private final Clock clock;

    FeedPolling(Sources sources, SafeFetcher fetcher, ArticleIngest ingest, Clock clock) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.ingest = ingest;
        this.clock = clock;
    }

    /** What one poll did. */
    public record PollReport(String status, int imported, int updated, int unchanged, int duplicates,
                             List<String> problems) {
    }

    public PollReport poll(Source source) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        FetchResult result = fetcher.fetch(URI.create(source.feedUrl()), source.etag(), source.lastModified());
        return switch (result) {
            case FetchResult.Fetched fetched -> take(source, fetched, now);
            case FetchResult.NotModified notModified -> {
                sources.succeeded(source.id(), now, next(source, now, notModified.maxAge()), null, null, 0);
                yield new PollReport("not-modified", 0, 0, 0, 0, List.of());
            }
            case FetchResult.RetryLater later -> fail(source, now, "HTTP " + later.status()
                    + (later.retryAfter() == null ? "" : ", retry after " + later.retryAfter().toSeconds() + "s"),
                    later.retryAfter());
            case FetchResult.Failed failed -> fail(source, now, failed.reason(), null);
        };
    }

    private PollReport take(Source source, FetchResult.Fetched fetched, OffsetDateTime now) {
        Feed feed;
        try {
            feed = feeds.read(fetched.body(), fetched.contentType(), fetched.finalUrl());
        } catch (FeedRejected e) {
            return fail(source, now, e.getMessage(), null);
        }
        List<String> problems = new ArrayList<>(feed.skipped());
        var tally = new OutcomeTally();
        for (FeedItem item : feed.items()) {
            IngestOutcome outcome = ingest.ingest(article(source, item, problems));
            tally.add(outcome);
            if (outcome.kind() == IngestOutcome.Kind.FAILED) {
                problems.add(item.link() + ": " + outcome.reason());
            }
        }
        int taken = tally.of(IngestOutcome.Kind.IMPORTED);
        sources.succeeded(source.id(), now, next(source, now, fetched.maxAge()), fetched.etag(),
                fetched.lastModified(), taken);
        if (!problems.isEmpty()) {
            sources.noted(source.id(), now, String.join("; ", problems));
        }
        return new PollReport("fetched", taken, tally.of(IngestOutcome.Kind.UPDATED),
                tally.of(IngestOutcome.Kind.UNCHANGED), tally.of(IngestOutcome.Kind.DUPLICATE), problems);
    }

    /** The article of a feed item: the feed's own text, or the article page's when the source takes full text. */
    private IncomingArticle article(Source source, FeedItem item, List<String> problems) {
        String url = item.link().toString();
        String title = item.title();
        String body = HtmlSanitizer.sanitize(item.contentHtml() != null ? item.contentHtml()
                : item.summaryHtml() == null ? "" : item.summaryHtml(), url);
        Reporter reporter = item.author() == null ? null : new Reporter(item.author(), "");
        OffsetDateTime published = item.publishedAt() != null ? item.publishedAt() : OffsetDateTime.now(clock);
        OffsetDateTime updated = item.updatedAt() != null && item.updatedAt().isAfter(published)
                ? item.updatedAt() : null;
        String thumbnail = item.thumbnailUrl();
        String copyright = null;
        List<String> tags = item.categories();
        if (source.fullText()) {
            FetchResult page = fetcher.fetch(item.link(), null, null);
            if (page instanceof FetchResult.Fetched fetched) {
                ExtractedPage extracted = extractor.extract(Charsets.decode(fetched.body(), fetched.contentType()),
                        fetched.finalUrl(), rules.forHost(fetched.finalUrl().getHost()));
                title = extracted.title() != null ? extracted.title() : title;
                body = extracted.bodyHtml() != null && !extracted.bodyHtml().isBlank() ? extracted.bodyHtml() : body;
                if (extracted.author() != null) {
                    reporter = new Reporter(extracted.author(),
                            extracted.authorEmail() == null ? "" : extracted.authorEmail());
                }
                published = extracted.publishedAt() != null ? extracted.publishedAt() : published;
                updated = extracted.updatedAt() != null && extracted.updatedAt().isAfter(published)
                        ? extracted.updatedAt() : updated;
                thumbnail = extracted.thumbnailUrl() != null ? extracted.thumbnailUrl() : thumbnail;
                copyright = extracted.copyright();
                tags = extracted.publisherTags().isEmpty() ? tags : extracted.publisherTags();
            } else {
                problems.add(url + ": article page not taken (" + describe(page) + "), the feed's text is used");
            }
        }
        return new IncomingArticle(source.pressId(), item.guid(), url, title, body, source.categoryCode(),
                reporter, published, updated, thumbnail, copyright, tags, source.id());
    }

    private PollReport fail(Source source, OffsetDateTime now, String reason, Duration retryAfter) {
        Duration wait = retryAfter != null ? retryAfter : backoff(source.intervalMinutes(), source.failures() + 1);
        sources.failed(source.id(), now, now.plus(wait), reason);
        log.warn("Source {} ({}) failed: {}; next try in {}s", source.id(), source.feedUrl(), reason,
                wait.toSeconds());
        return new PollReport("failed", 0, 0, 0, 0, List.of(reason));
    }

    /** The interval, or longer when the server's Cache-Control says so (already capped by the fetch policy). */
    private static OffsetDateTime next(Source source, OffsetDateTime now, Duration maxAge) {
        Duration interval = Duration.ofMinutes(source.intervalMinutes());
        return now.plus(maxAge != null && maxAge.compareTo(interval) > 0 ? maxAge : interval);
    }

    /** interval × 2^failures, at most a day, ±20 % so that failing sources do not all retry together. */
    static Duration backoff(int intervalMinutes, int failures) {
        Duration grown = Duration.ofMinutes(intervalMinutes).multipliedBy(1L << Math.min(failures, 16));
        Duration capped = grown.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : grown;
        return Duration.ofMillis((long) (capped.toMillis() * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
    }

    private static String describe(FetchResult result) {
        return switch (result) {
            case FetchResult.Failed failed -> failed.reason();
            case FetchResult.RetryLater later -> "HTTP " + later.status();
            case FetchResult.NotModified notModified -> "not modified";
            case FetchResult.Fetched fetched -> "HTTP " + fetched.status();
        };
    }
}
