package dev.sosik.article;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sosik.web.EncodedHtml;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The parts of an article page that are the same for every viewer, kept per article: the article with its body
 * and hashtags, the same story's versions and the related articles. Without it every view ran about five queries
 * and a related-articles search in the index, three quarters of the page's time (docs/performance.md).
 *
 * <p>Nothing of a viewer is kept here, and neither are the live figures (views, comments, reactions): the page
 * reads those per view. A content is kept until something it shows changes: an article stored or revised on this
 * instance ({@link ArticleStored}) is dropped as soon as its transaction commits, the pages of a story's versions
 * when another article joins the story ({@link StoryJoined}), and what another instance changed when this one
 * reads it in the change log ({@link ArticleChangedElsewhere}, about a second later). Kept for five seconds, an
 * uncached page read its content again at nearly every view of an article that is not among the most read.
 * {@code sosik.pages.article-ttl} (1 min) bounds what no event reaches: a version that another instance adds to a
 * story after this one has read that instance's change. Related articles are searched again after
 * {@code sosik.pages.related-ttl}: the search is the expensive step, and a list of related reading may take that
 * long to pick up a new article.
 */
@Component
class ArticlePageCache {

    /** An article page's content, as it was read at most {@code article-ttl} ago; the body ready to be written. */
    record Content(FullArticle full, EncodedHtml body, StoryVersions storyVersions, List<Headline> related) {
    }

    private final Articles articles;
    private final RelatedFinder relatedFinder;
    private final Cache<Long, Content> contents;
    private final Cache<Long, List<Long>> relatedIds;

    ArticlePageCache(Articles articles, RelatedFinder relatedFinder,
                     @Value("${sosik.pages.article-ttl:1m}") Duration articleTtl,
                     @Value("${sosik.pages.related-ttl:10m}") Duration relatedTtl,
                     @Value("${sosik.pages.cached-articles:20000}") long size) {
        this.articles = articles;
        this.relatedFinder = relatedFinder;
        this.contents = Caffeine.newBuilder().expireAfterWrite(articleTtl).maximumSize(size).build();
        this.relatedIds = Caffeine.newBuilder().expireAfterWrite(relatedTtl).maximumSize(size * 5).build();
    }

    /** The published article's page content; empty when there is no such published article (not kept). */
    Optional<Content> find(long id) {
        return Optional.ofNullable(contents.get(id, this::read));
    }

    private Content read(long id) {
        return articles.find(id).map(full -> {
            StoryVersions versions = articles.storyVersions(id);
            Set<Long> leaveOut = versions.shown().stream().map(Headline::id).collect(Collectors.toSet());
            List<Long> related = relatedIds.get(id,
                    key -> List.copyOf(relatedFinder.related(id, leaveOut, ArticlePageController.RELATED)));
            // a version that joined the story after the related list was searched is shown as a version only
            return new Content(full, new EncodedHtml(full.bodyHtml()), versions,
                    articles.headlines(related.stream().filter(other -> !leaveOut.contains(other)).toList()));
        }).orElse(null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void articleStored(ArticleStored event) {
        forget(event.articleId());
    }

    @EventListener
    void storyJoined(StoryJoined event) {
        forgetStory(event.story());
    }

    @EventListener
    void changedElsewhere(ArticleChangedElsewhere event) {
        forget(event.articleId());
        articles.storyOf(event.articleId()).ifPresent(this::forgetStory);
    }

    private void forget(long articleId) {
        contents.invalidate(articleId);
        relatedIds.invalidate(articleId);
    }

    /** The pages of a story's versions, found among the kept ones (a few thousand, a fraction of a millisecond). */
    private void forgetStory(long story) {
        contents.asMap().values().removeIf(content -> Objects.equals(content.storyVersions().story(), story));
    }
}
