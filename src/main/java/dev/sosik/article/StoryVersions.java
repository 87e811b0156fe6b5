package dev.sosik.article;

import java.util.List;

/**
 * 같은 소식: the other versions of an article's story, the first {@link #SHOWN} of them by publication, and how many
 * there are in all.
 */
public record StoryVersions(List<Headline> shown, long total) {

    static final int SHOWN = 10;

    public boolean isEmpty() {
        return total == 0;
    }
}
