package dev.sosik.ranking;

import java.time.Duration;
import java.time.Instant;

/**
 * 인기뉴스' score, in the spirit of Hacker News: what readers did, weighted, divided by the article's age raised to
 * a gravity, so that a fresh article with some attention passes an old one with a little more.
 * <pre>
 *   points = 1 × views (not counting views from ranking lists) + 3 × reactions + 5 × comments
 *   score  = points / (age in hours + 2) ^ 1.5
 * </pre>
 * A comment costs a reader more than a reaction and a reaction more than a view, hence the weights; 1.5 lets a
 * news article live a little longer than a Hacker News link (1.8).
 */
final class PopularityScore {

    static final double VIEW_WEIGHT = 1;
    static final double REACTION_WEIGHT = 3;
    static final double COMMENT_WEIGHT = 5;
    static final double GRAVITY = 1.5;

    private PopularityScore() {
    }

    static double of(Candidate article, Instant now) {
        double points = VIEW_WEIGHT * article.organicViews() + REACTION_WEIGHT * article.reactions()
                + COMMENT_WEIGHT * article.comments();
        double ageHours = Math.max(0, Duration.between(article.publishedAt().toInstant(), now).toSeconds() / 3600.0);
        return points / Math.pow(ageHours + 2, GRAVITY);
    }
}
