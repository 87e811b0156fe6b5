package dev.sosik.article;

import java.util.List;

/**
 * 같은 소식: the other versions of an article's story, the first {@link #SHOWN} of them by publication, and how many
 * there are in all. The story is the id of its first article (null for an article not yet assigned to one).
 */
public record StoryVersions(Long story, List<Headline> shown, long total) {

    static final int SHOWN = 10;

    public boolean isEmpty() {
        return total == 0;
    }

    /** The versions' ids as they are read, before their headlines. */
    public record Ids(List<Long> shown, long total) {
    }
}
