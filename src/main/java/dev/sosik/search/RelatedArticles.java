package dev.sosik.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.sosik.article.RelatedFinder;
import dev.sosik.text.KoreanAnalysis;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import org.springframework.stereotype.Service;

/**
 * Up to five related articles for an article page: Lucene's MoreLikeThis over the article's words, the fresher
 * of two similar articles first (a week-old story weighs half), leaving out the articles the caller names (the
 * article itself, its copies and its same-story versions, which the page shows apart).
 */
@Service
public class RelatedArticles implements RelatedFinder {

    static final int CANDIDATES = 30;
    static final double HALF_LIFE_DAYS = 7;

    private final SearchIndex index;

    RelatedArticles(SearchIndex index) {
        this.index = index;
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
    private static List<Long> related(IndexSearcher searcher, long articleId, Set<Long> leaveOut, int limit)
            throws IOException {
        ScoreDoc[] own = searcher.search(new TermQuery(new Term(SearchIndex.ID, Long.toString(articleId))), 1)
                .scoreDocs;
        if (own.length == 0) {
            return null;
        }
        StoredFields stored = searcher.storedFields();
        Query like = likeThis(searcher, own[0].doc);
        long now = System.currentTimeMillis();
        record Candidate(long id, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(like, CANDIDATES).scoreDocs) {
            Document found = stored.document(hit.doc);
            long id = Long.parseLong(found.get(SearchIndex.ID));
            if (id == articleId || leaveOut.contains(id)) {
                continue;
            }
            double ageDays = Math.max(0, now - found.getField(SearchIndex.PUBLISHED_STORED).numericValue()
                    .longValue()) / 86_400_000.0;
            candidates.add(new Candidate(id, hit.score * Math.pow(0.5, ageDays / HALF_LIFE_DAYS)));
        }
        return candidates.stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::id))
                .limit(limit).map(Candidate::id).toList();
    }

    /** MoreLikeThis over title and body, read from the article's term vectors: no text is analysed again. */
    private static Query likeThis(IndexSearcher searcher, int doc) throws IOException {
        var mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(KoreanAnalysis.standard().searchAnalyzer());
        mlt.setFieldNames(new String[] {SearchIndex.TITLE, SearchIndex.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(25);
        return mlt.like(doc);
    }
}
