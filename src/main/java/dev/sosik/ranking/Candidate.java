package dev.sosik.ranking;

import java.time.OffsetDateTime;

/**
 * An article of the last days as the scores see it.
 *
 * @param storyId      its same-story cluster (its own id when it has none)
 * @param organicViews views that did not come from a ranking list
 */
record Candidate(long id, String category, long pressId, long storyId, OffsetDateTime publishedAt,
                 long organicViews, long comments, long reactions) {
}
