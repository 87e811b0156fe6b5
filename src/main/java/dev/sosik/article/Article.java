package dev.sosik.article;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as lists show it: everything but the body.
 *
 * @param url the press's original address (canonical URL)
 */
public record Article(
        long id,
        String title,
        Category category,
        Press press,
        Reporter reporter,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        String url,
        String thumbnailUrl,
        ArticleCounts counts,
        List<String> hashtags) {

    public String pagePath() {
        return pagePath(id);
    }

    public static String pagePath(long id) {
        return "/articles/" + id;
    }

    public boolean wasUpdated() {
        return updatedAt != null;
    }

    Article withCounts(ArticleCounts now) {
        return new Article(id, title, category, press, reporter, publishedAt, updatedAt, url, thumbnailUrl, now,
                hashtags);
    }

    Article withHashtags(List<String> tags) {
        return new Article(id, title, category, press, reporter, publishedAt, updatedAt, url, thumbnailUrl, counts,
                List.copyOf(tags));
    }
}
