package dev.sosik.article;

import org.springframework.web.util.UriUtils;

/** The address of a keyword page; a tag may hold characters such as '/' or '?' that must not break the path. */
public final class TagLinks {

    private TagLinks() {
    }

    public static String path(String tag) {
        return "/tags/" + UriUtils.encodePathSegment(tag, "UTF-8");
    }
}
