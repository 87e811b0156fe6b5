package dev.sosik.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.sosik.text.SameStory;
import dev.sosik.text.StoryCorpus;
import dev.sosik.text.StoryStatistics;
import dev.sosik.text.StoryTerms;
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
 * The story corpus read from the index's story field: its document frequencies and term vectors, and the
 * articles alike in it. Document frequencies are kept for a while: looking one up visits every segment, an article takes a few hundred, and an IDF
 * hardly moves until the corpus has grown by a percent.
 */
@Component
class IndexStoryStatistics implements StoryStatistics {

    private static final double GROWTH_BEFORE_RECOUNT = 0.01;
    private static final int MOST_KEPT = 500_000;
    /** As many terms as MoreLikeThis takes by default. */
    private static final int QUERY_TERMS = 25;

    private final SearchIndex index;
    private final Map<String, Integer> frequencies = new ConcurrentHashMap<>();
    private volatile int countedAt;

    IndexStoryStatistics(SearchIndex index) {
        this.index = index;
    }

    @Override
    public <T> T read(Function<StoryCorpus, T> use) {
        return index.withSearcher(searcher -> use.apply(corpus(searcher)));
    }

    @Override
    public List<Long> alike(Map<String, Integer> termCounts, long leaveOut, int limit) {
        return index.withSearcher(searcher -> {
            Query query = new BooleanQuery.Builder()
                    .add(alikeQuery(searcher, termCounts), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(SearchIndex.ID, Long.toString(leaveOut))), BooleanClause.Occur.MUST_NOT)
                    .build();
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                ids.add(SearchIndex.value(searcher, hit.doc, SearchIndex.ID));
            }
            return ids;
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

    /** The corpus as this searcher sees it, with the kept frequencies, forgotten once the index has grown. */
    private IndexedCorpus corpus(IndexSearcher searcher) {
        int documents = searcher.getIndexReader().numDocs();
        if (documents > countedAt * (1 + GROWTH_BEFORE_RECOUNT) || documents < countedAt
                || frequencies.size() > MOST_KEPT) {
            frequencies.clear();
            countedAt = documents;
        }
        return new IndexedCorpus(searcher, frequencies);
    }

    private record IndexedCorpus(IndexSearcher searcher, Map<String, Integer> frequencies) implements StoryCorpus {

        @Override
        public int documents() {
            return searcher.getIndexReader().numDocs();
        }

        @Override
        public int documentFrequency(String term) {
            return frequencies.computeIfAbsent(term, this::count);
        }

        private int count(String term) {
            try {
                return searcher.getIndexReader().docFreq(new Term(SearchIndex.STORY, term));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
