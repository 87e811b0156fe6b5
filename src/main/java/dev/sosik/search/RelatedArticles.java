package dev.sosik.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sosik.article.AlikeArticle;
import dev.sosik.article.RelatedFinder;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import org.springframework.stereotype.Service;

/**
 * The articles alike a stored one, for the related list of an article stored before such lists were kept: the
 * articles that share the most telling of its nouns and figures (the story terms the index keeps, weighed as
 * same-story grouping weighs them), as same-story grouping finds them for a new article.
 */
@Service
public class RelatedArticles implements RelatedFinder {

    private final SearchIndex index;
    private final IndexStoryStatistics statistics;

    RelatedArticles(SearchIndex index, IndexStoryStatistics statistics) {
        this.index = index;
        this.statistics = statistics;
    }

    @Override
    public Optional<List<AlikeArticle>> alike(long articleId, int limit) {
        Map<String, Integer> terms = index.withSearcher(searcher -> storyTerms(searcher, articleId));
        // an article stored a moment ago may be newer than the searcher: look again with every write made so far
        if (terms == null) {
            terms = index.withFreshSearcher(searcher -> storyTerms(searcher, articleId));
        }
        if (terms == null) {
            return Optional.empty();
        }
        return Optional.of(terms.isEmpty() ? List.of() : statistics.alike(terms, articleId, limit));
    }

    /** The article's story terms with their counts (none for an article without any), or null when not indexed. */
    private static Map<String, Integer> storyTerms(IndexSearcher searcher, long articleId) throws IOException {
        ScoreDoc[] own = searcher.search(new TermQuery(new Term(SearchIndex.ID, Long.toString(articleId))), 1)
                .scoreDocs;
        if (own.length == 0) {
            return null;
        }
        Map<String, Integer> terms = IndexStoryStatistics.storyTerms(searcher, own[0].doc);
        return terms == null ? Map.of() : terms;
    }
}
