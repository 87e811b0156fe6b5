package dev.sosik.article;

/**
 * Which articles a listing shows; every part is optional and parts combine with AND.
 *
 * @param categoryCode a section's code, or null for all sections
 * @param pressId      a press, or null for all presses
 * @param tag          a hashtag, or null for any
 */
public record ArticleFilter(String categoryCode, Long pressId, String tag) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null);

    public static ArticleFilter category(String code) {
        return new ArticleFilter(code, null, null);
    }

    public static ArticleFilter press(long pressId) {
        return new ArticleFilter(null, pressId, null);
    }

    public static ArticleFilter tag(String tag) {
        return new ArticleFilter(null, null, tag);
    }
}
