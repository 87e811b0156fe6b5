package dev.sosik.web;

import java.util.List;

import dev.sosik.account.Reader;
import dev.sosik.article.Category;

/**
 * What every page's frame needs: the section tabs, the signed-in reader (null for a guest), the CSRF token that
 * the page's forms send back, and the page's path (for the bottom navigation's current tab).
 */
public record Site(List<Category> sections, Reader viewer, String csrfParameter, String csrfToken, String path) {

    public boolean signedIn() {
        return viewer != null;
    }

    /** The bottom navigation's tab this page belongs to: 투표, 게임, 이벤트, or 뉴스 for every other page. */
    public String tab() {
        for (String tab : List.of("/polls", "/games", "/events")) {
            if (path.equals(tab) || path.startsWith(tab + "/")) {
                return tab;
            }
        }
        return "/";
    }
}
