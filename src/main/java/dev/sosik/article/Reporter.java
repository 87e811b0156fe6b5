package dev.sosik.article;

/** The byline of an article; the e-mail is empty when the press gave none. */
public record Reporter(String name, String email) {

    public boolean hasEmail() {
        return !email.isEmpty();
    }
}
