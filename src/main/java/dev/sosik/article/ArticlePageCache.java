package dev.sosik.article;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sosik.engagement.CommentVisibilityChanged;
import dev.sosik.web.EncodedHtml;
import dev.sosik.web.GuestPageCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The parts of an article page that are the same for every viewer, kept per article: the article with its body
 * and hashtags, the same story's versions and the related articles (kept since the article was stored,
 * {@link RelatedLists}). Without it every view ran about eight queries, most of the page's time
 * (docs/performance.md).
 *
 * <p>Nothing of a viewer is kept here, and neither are the live figures (views, comments, reactions): the page
 * reads those per view. A content is kept until something it shows changes: an article stored or revised on this
 * instance ({@link ArticleStored}) or made point news or not ({@link PointNewsMarked}) is dropped as soon as its
 * transaction commits, the pages of a story's versions when another article joins the story ({@link StoryJoined}),
 * and what another instance changed when this one reads it in the change log ({@link ArticleChangedElsewhere},
 * about a second later), at most {@code sosik.pages.article-cache-bytes} (128 MiB) of them, the least used dropped
 * first. {@code sosik.pages.article-ttl} (5 min) bounds what no event reaches: a version that another instance adds
 * to a story after this one has read that instance's change, and point news decided on another instance. Whatever
 * drops an article's content drops the guests' copies of its page too, and so does a comment deleted or hidden
 * ({@link CommentVisibilityChanged}).
 */
@Component
class ArticlePageCache {

    /**
     * An article page's content, as it was read at most {@code article-ttl} ago: the article (its figures as they
     * were then), whether it is point news, the body ready to be written (its text is not kept besides), the
     * body's opening words and its schema.org data once made.
     */
    record Content(Article article, boolean pointNews, String summary, EncodedHtml body, StoryVersions storyVersions,
                   List<Headline> related, StructuredData.Kept structuredData) {

        /** About what keeping it costs: the body's bytes, and a few KiB for the rest. */
        int weight() {
            return body.length() + 4096;
        }
    }

    private final Articles articles;
    private final RelatedLists relatedLists;
    private final RelatedFinder relatedFinder;
    private final GuestPageCache guestPages;
    private final Cache<Long, Content> contents;

    ArticlePageCache(Articles articles, RelatedLists relatedLists, RelatedFinder relatedFinder,
                     GuestPageCache guestPages, @Value("${sosik.pages.article-ttl:5m}") Duration articleTtl,
                     @Value("${sosik.pages.article-cache-bytes:134217728}") long maxBytes) {
        this.articles = articles;
        this.relatedLists = relatedLists;
        this.relatedFinder = relatedFinder;
        this.guestPages = guestPages;
        this.contents = Caffeine.newBuilder().expireAfterWrite(articleTtl).maximumWeight(maxBytes)
                .<Long, Content>weigher((id, content) -> content.weight()).build();
    }

    /** The published article's page content; empty when there is no such published article (not kept). */
    Optional<Content> find(long id) {
        return Optional.ofNullable(contents.get(id, this::read));
    }

    private Content read(long id) {
        return articles.find(id).map(full -> {
            StoryVersions.Ids versions = articles.storyVersionIds(id, full.story());
            // an article stored before related lists were kept gets its list now
            List<Long> related = relatedLists.find(id).or(() -> relatedFinder.alike(id, RelatedLists.KEPT)
                    .map(alike -> relatedLists.keep(id, alike))).orElse(List.of());
            // the story's versions are shown as versions only; both lists' headlines are read at once
            List<Long> relatedShown = related.stream().filter(other -> other != id && !versions.shown().contains(other))
                    .limit(ArticlePageController.RELATED).toList();
            Map<Long, Headline> headlines = new HashMap<>();
            articles.headlines(Stream.concat(versions.shown().stream(), relatedShown.stream()).toList())
                    .forEach(headline -> headlines.put(headline.id(), headline));
            return new Content(full.article(), full.pointNews(), full.summary(), new EncodedHtml(full.bodyHtml()),
                    new StoryVersions(full.story(), shownOf(versions.shown(), headlines), versions.total()),
                    shownOf(relatedShown, headlines), new StructuredData.Kept());
        }).orElse(null);
    }

    private static List<Headline> shownOf(List<Long> ids, Map<Long, Headline> headlines) {
        return ids.stream().map(headlines::get).filter(Objects::nonNull).toList();
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

    @EventListener
    void relatedChanged(RelatedChanged event) {
        event.articleIds().forEach(this::forget);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void pointNewsMarked(PointNewsMarked event) {
        forget(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void commentVisibilityChanged(CommentVisibilityChanged event) {
        guestPages.forget(Article.pagePath(event.articleId()));
    }

    private void forget(long articleId) {
        contents.invalidate(articleId);
        guestPages.forget(Article.pagePath(articleId));
    }

    /** The pages of a story's versions, found among the kept ones (a few thousand, a fraction of a millisecond). */
    private void forgetStory(long story) {
        contents.asMap().values().removeIf(content -> {
            if (!Objects.equals(content.storyVersions().story(), story)) {
                return false;
            }
            guestPages.forget(content.article().pagePath());
            return true;
        });
    }
}
