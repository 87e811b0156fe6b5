package dev.sosik.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.sosik.article.AlikeArticle;

import dev.sosik.text.SameStory;
import dev.sosik.text.StoryCorpus;
import dev.sosik.text.StoryStatistics;
import dev.sosik.text.StoryTerms;
import dev.sosik.text.StoryVector;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Component;

/**
 * The story corpus read from the index's story field: its document frequencies (kept for a while, see
 * {@link KeptFrequencies}) and term vectors, and the articles alike in it.
 */
@Component
class IndexStoryStatistics implements StoryStatistics {

    /** As many terms as MoreLikeThis takes by default. */
    private static final int QUERY_TERMS = 25;

    private final SearchIndex index;
    private final KeptFrequencies frequencies = new KeptFrequencies(SearchIndex.STORY);

    IndexStoryStatistics(SearchIndex index) {
        this.index = index;
    }

    @Override
    public <T> T read(Function<StoryCorpus, T> use) {
        return index.withSearcher(searcher -> use.apply(corpus(searcher)));
    }

    @Override
    public List<AlikeArticle> alike(Map<String, Integer> termCounts, long leaveOut, int limit) {
        return index.withSearcher(searcher -> {
            Query query = new BooleanQuery.Builder()
                    .add(alikeQuery(searcher, termCounts), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(SearchIndex.ID, Long.toString(leaveOut))), BooleanClause.Occur.MUST_NOT)
                    .build();
            var corpus = corpus(searcher);
            StoryVector own = corpus.vector(termCounts);
            List<AlikeArticle> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                Map<String, Integer> counts = storyTerms(searcher, hit.doc);
                hits.add(new AlikeArticle(SearchIndex.value(searcher, hit.doc, SearchIndex.ID),
                        counts == null ? 0 : own.cosine(corpus.vector(counts)),
                        Instant.ofEpochMilli(SearchIndex.value(searcher, hit.doc, SearchIndex.PUBLISHED))));
            }
            return hits;
        });
    }

    /**
     * The articles that share the most telling of these terms (count × IDF, as many as MoreLikeThis takes), best
     * first: same-story candidates, and the related articles of an article page.
     */
    Query alikeQuery(IndexSearcher searcher, Map<String, Integer> termCounts) {
        var corpus = corpus(searcher);
        var query = new BooleanQuery.Builder();
        termCounts.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> term) ->
                        -term.getValue() * corpus.idf(term.getKey())).thenComparing(Map.Entry::getKey))
                .limit(QUERY_TERMS)
                .forEach(term -> query.add(new TermQuery(new Term(SearchIndex.STORY, term.getKey())),
                        BooleanClause.Occur.SHOULD));
        return query.build();
    }

    /** The story terms the index keeps for a document, with their counts; null when it keeps none. */
    static Map<String, Integer> storyTerms(IndexSearcher searcher, int doc) throws IOException {
        Terms vector = searcher.getIndexReader().termVectors().get(doc, SearchIndex.STORY);
        if (vector == null) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        TermsEnum terms = vector.iterator();
        for (var term = terms.next(); term != null; term = terms.next()) {
            counts.put(term.utf8ToString(), (int) terms.totalTermFreq());
        }
        return counts;
    }

    private IndexedCorpus corpus(IndexSearcher searcher) {
        return new IndexedCorpus(searcher, frequencies);
    }

    private record IndexedCorpus(IndexSearcher searcher, KeptFrequencies frequencies) implements StoryCorpus {

        @Override
        public int documents() {
            return searcher.getIndexReader().numDocs();
        }

        @Override
        public int documentFrequency(String term) {
            return frequencies.frequency(searcher, term);
        }

        /** The counts the index keeps for the article (by its id), or counted from its text when it has none. */
        @Override
        public Map<String, Integer> termCounts(SameStory.Doc doc) {
            try {
                ScoreDoc[] found = searcher.search(new TermQuery(new Term(SearchIndex.ID, doc.id())), 1).scoreDocs;
                Map<String, Integer> kept = found.length == 0 ? null : storyTerms(searcher, found[0].doc);
                return kept == null ? StoryTerms.count(doc.title(), doc.body()) : kept;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
