package dev.sosik.article;

/**
 * An article joined the story of other articles (same-story detection runs a moment after the article is stored):
 * their pages' 같은 소식 lists have one more version.
 */
public record StoryJoined(long articleId, long story) {
}
