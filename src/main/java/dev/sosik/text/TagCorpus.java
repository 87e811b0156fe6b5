package dev.sosik.text;

/**
 * The hashtag terms ({@link Hashtagger.Analysed#terms}) of every stored article, counted where they are kept: the
 * search index holds each article's terms, so nothing is read or analysed again when the portal starts, however
 * many articles there are.
 */
public interface TagCorpus extends TermFrequencies {
}
