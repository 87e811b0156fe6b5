package dev.sosik.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sosik.article.RelatedFinder;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import org.springframework.stereotype.Service;

/**
 * Up to five related articles for an article page: the articles that share the most telling of its nouns and
 * figures (the story terms the index keeps, weighed as same-story grouping weighs them), the fresher of two
 * similar articles first (a week-old story weighs half), leaving out the articles the caller names (the article
 * itself, its copies and its same-story versions, which the page shows apart). Lucene's MoreLikeThis over the whole
 * text looked up a document frequency for each of a few hundred words per page, two thirds of an uncached view.
 */
@Service
public class RelatedArticles implements RelatedFinder {

    static final int CANDIDATES = 30;
    static final double HALF_LIFE_DAYS = 7;

    private final SearchIndex index;
    private final IndexStoryStatistics statistics;

    RelatedArticles(SearchIndex index, IndexStoryStatistics statistics) {
        this.index = index;
        this.statistics = statistics;
    }

    @Override
    public List<Long> related(long articleId, Set<Long> leaveOut, int limit) {
        List<Long> related = index.withSearcher(searcher -> related(searcher, articleId, leaveOut, limit));
        // an article stored a moment ago may be newer than the searcher: look again with every write made so far
        if (related == null) {
            related = index.withFreshSearcher(searcher -> related(searcher, articleId, leaveOut, limit));
        }
        return related == null ? List.of() : related;
    }

    /** The related articles, or null when the searcher does not hold the article. */
    private List<Long> related(IndexSearcher searcher, long articleId, Set<Long> leaveOut, int limit)
            throws IOException {
        ScoreDoc[] own = searcher.search(new TermQuery(new Term(SearchIndex.ID, Long.toString(articleId))), 1)
                .scoreDocs;
        if (own.length == 0) {
            return null;
        }
        Map<String, Integer> terms = IndexStoryStatistics.storyTerms(searcher, own[0].doc);
        if (terms == null || terms.isEmpty()) {
            return List.of();
        }
        long now = System.currentTimeMillis();
        record Candidate(long id, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(statistics.alikeQuery(searcher, terms), CANDIDATES).scoreDocs) {
            long id = SearchIndex.value(searcher, hit.doc, SearchIndex.ID);
            if (id == articleId || leaveOut.contains(id)) {
                continue;
            }
            double ageDays = Math.max(0, now - SearchIndex.value(searcher, hit.doc, SearchIndex.PUBLISHED))
                    / 86_400_000.0;
            candidates.add(new Candidate(id, hit.score * Math.pow(0.5, ageDays / HALF_LIFE_DAYS)));
        }
        return candidates.stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::id))
                .limit(limit).map(Candidate::id).toList();
    }
}
