package dev.sosik.article;

/** A section of the portal (정치, 경제, ...), addressed by its code in URLs and the API. */
public record Category(String code, String name) {
}
