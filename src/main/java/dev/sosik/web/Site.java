package dev.sosik.web;

import java.util.List;

import dev.sosik.account.Reader;
import dev.sosik.article.Category;

/**
 * What every page's frame needs: the section tabs, the signed-in reader (null for a guest) and the CSRF token
 * that the page's forms send back.
 */
public record Site(List<Category> sections, Reader viewer, String csrfParameter, String csrfToken) {

    public boolean signedIn() {
        return viewer != null;
    }
}
