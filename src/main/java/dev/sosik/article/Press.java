package dev.sosik.article;

/** A press (언론사) whose articles the portal carries, with the copyright line shown under each of them. */
public record Press(long id, String code, String name, String homepage, String copyright) {
}
