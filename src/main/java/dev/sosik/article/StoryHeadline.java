package dev.sosik.article;

/** An article standing for its story on a list, and how many versions (presses' articles) the story has. */
public record StoryHeadline(Article article, long versions) {
}
