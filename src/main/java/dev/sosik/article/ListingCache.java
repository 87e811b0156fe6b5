package dev.sosik.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The listings every reader sees alike, kept for {@code sosik.pages.listing-ttl} (2 s): the home page's lists and
 * the first page of each section, press and keyword. These are the busiest pages after the article page, and each
 * one ran scans over the newest articles. An article stored on this instance drops them all once it commits;
 * what other instances store shows within the time to live, and so do changed comment counts. Later pages
 * (with a cursor) are read each time: few readers go there.
 */
@Component
class ListingCache {

    /** The home page's lists besides the rankings: the newest stories and the newest headlines per section. */
    record Home(List<StoryHeadline> latest, Map<String, List<Headline>> bySection) {
    }

    private static final Object HOME = "home";

    private final Articles articles;
    private final Categories categories;
    private final Cache<Object, Home> home;
    private final Cache<ArticleFilter, ArticleSlice> firstPages;

    ListingCache(Articles articles, Categories categories, @Value("${sosik.pages.listing-ttl:2s}") Duration ttl) {
        this.articles = articles;
        this.categories = categories;
        this.home = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1).build();
        // keywords come from the address, so any number of filters can be asked for: keep the last thousand
        this.firstPages = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1000).build();
    }

    Home home(int latest, int perSection) {
        return home.get(HOME, key -> new Home(articles.latestStories(latest),
                articles.latestHeadlinesBySection(categories.all(), perSection)));
    }

    /** A listing page of the newest articles matching the filter: the first from the cache, later ones read. */
    ArticleSlice latest(ArticleFilter filter, ArticleCursor after) {
        if (after != null) {
            return articles.latest(filter, after, ListingParams.DEFAULT_SIZE);
        }
        return firstPages.get(filter, key -> articles.latest(key, null, ListingParams.DEFAULT_SIZE));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void articleStored(ArticleStored event) {
        home.invalidateAll();
        firstPages.invalidateAll();
    }
}
