package dev.sosik.text;

import java.util.function.Function;

/**
 * The story corpus of every stored article, as the search index keeps it ({@code dev.sosik.search}): document
 * frequencies and each article's term counts, read without analysing any text again.
 */
public interface StoryStatistics {

    /** Runs the read against one consistent view of the corpus. */
    <T> T read(Function<StoryCorpus, T> use);
}
