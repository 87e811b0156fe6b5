package dev.sosik.search;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sosik.text.KoreanAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.util.QueryBuilder;

import org.springframework.stereotype.Service;

/**
 * Korean search over the index: words match across inflection (the query is analyzed like the articles: 서울시가
 * and 서울시 meet), every word must match (in the title, which counts double, or the body), "quoted words" match as
 * a phrase, and query syntax characters mean nothing special, so no input can break a search.
 */
@Service
public class ArticleSearch {

    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final float TITLE_BOOST = 2f;
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");

    private final SearchIndex index;
    private final Analyzer analyzer = KoreanAnalysis.standard().searchAnalyzer();
    private final QueryBuilder queries = new QueryBuilder(analyzer);
    private final SnippetScorer snippetScorer = new SnippetScorer();
    private final SnippetFormatter snippetFormatter = new SnippetFormatter();

    ArticleSearch(SearchIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        Query text = textQuery(request.query());
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE
                    : request.from().atStartOfDay(KST).toInstant().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE
                    : request.to().plusDays(1).atStartOfDay(KST).toInstant().toEpochMilli() - 1;
            filtered.add(LongPoint.newRangeQuery(SearchIndex.PUBLISHED, from, to), Occur.FILTER);
        }
        Query withinDates = filtered.build();
        Query query = withFilter(withFilter(withinDates, SearchIndex.CATEGORY, request.categoryCode()),
                SearchIndex.PRESS, request.pressCode());
        return index.withSearcher(searcher -> {
            Sort sort = request.latest()
                    ? new Sort(new SortField(SearchIndex.PUBLISHED, SortField.Type.LONG, true))
                    : Sort.RELEVANCE;
            TopDocs top = searcher.search(query, request.offset() + request.size(), sort);
            List<Long> ids = new ArrayList<>();
            var page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
            for (var hit : page) {
                ids.add(SearchIndex.value(searcher, hit.doc, SearchIndex.ID));
            }
            var pageDocs = new TopDocs(top.totalHits, page);
            String[] snippets = page.length == 0 ? new String[0] : highlighter(searcher)
                    .highlight(SearchIndex.BODY, query, pageDocs, 1);
            // the hits, and the lists of sections and presses, each without its own filter: one pass per query
            Map<Query, List<String>> tallied = new LinkedHashMap<>();
            tallied.put(query, new ArrayList<>());
            tallied.computeIfAbsent(withFilter(withinDates, SearchIndex.PRESS, request.pressCode()),
                    key -> new ArrayList<>()).add(SearchIndex.CATEGORY);
            tallied.computeIfAbsent(withFilter(withinDates, SearchIndex.CATEGORY, request.categoryCode()),
                    key -> new ArrayList<>()).add(SearchIndex.PRESS);
            Map<String, HitTally> byField = new HashMap<>();
            HitTally hits = null;
            for (var entry : tallied.entrySet()) {
                HitTally tally = HitTally.of(searcher, entry.getKey(), entry.getValue());
                hits = hits == null ? tally : hits; // the first is the search's own query
                entry.getValue().forEach(field -> byField.put(field, tally));
            }
            long total = hits.total();
            return new SearchResult(total, ids, snippetsOrEmpty(snippets),
                    byField.get(SearchIndex.CATEGORY).counts(SearchIndex.CATEGORY),
                    byField.get(SearchIndex.PRESS).counts(SearchIndex.PRESS),
                    total == 0 ? didYouMean(searcher, request.query()) : null);
        });
    }

    /** Every word required (title or body), quoted parts as phrases; a query of nothing matches nothing. */
    Query textQuery(String input) {
        String text = input == null ? "" : input;
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            // an unbalanced quote is a typo, not syntax
            text = text.substring(0, text.lastIndexOf('"')) + text.substring(text.lastIndexOf('"') + 1);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        Matcher parts = PART.matcher(text);
        while (parts.find()) {
            boolean phrase = parts.group(1) != null;
            String part = phrase ? parts.group(1) : parts.group(2);
            Query inTitle = phrase ? queries.createPhraseQuery(SearchIndex.TITLE, part)
                    : queries.createBooleanQuery(SearchIndex.TITLE, part, Occur.MUST);
            Query inBody = phrase ? queries.createPhraseQuery(SearchIndex.BODY, part)
                    : queries.createBooleanQuery(SearchIndex.BODY, part, Occur.MUST);
            if (inTitle == null && inBody == null) {
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            if (inTitle != null) {
                either.add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD);
            }
            if (inBody != null) {
                either.add(inBody, Occur.SHOULD);
            }
            all.add(either.build(), Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? new MatchNoDocsQuery() : all.build();
    }

    private static Query withFilter(Query query, String field, String value) {
        if (value == null || value.isBlank()) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(field, value)), Occur.FILTER).build();
    }

    /**
     * Snippets: the best sentence of each hit's body with the query's words marked. Words are found from the
     * query's terms in the postings, not by matching the whole query against each hit again (Lucene's default,
     * which marks a phrase as one span): that was a seventh of a search, and marking each word of a phrase, where
     * the phrase is, is what readers of Korean portals see anyway.
     */
    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(snippetFormatter)
                .withScorer(snippetScorer)
                .withBreakIterator(SentenceBreaks::new)
                .withWeightMatches(false)
                .withMaxLength(20_000)
                .build();
    }

    private static List<String> snippetsOrEmpty(String[] snippets) {
        List<String> shown = new ArrayList<>();
        for (String snippet : snippets) {
            shown.add(snippet == null ? "" : snippet);
        }
        return shown;
    }

    /** The query with each word that is not in the index replaced by the closest word that is, if that finds hits. */
    private String didYouMean(IndexSearcher searcher, String query) throws IOException {
        if (query == null || query.isBlank()) {
            return null;
        }
        var spelling = new DirectSpellChecker();
        spelling.setMinQueryLength(2);
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (String word : query.replace("\"", " ").strip().split("\\s+")) {
            SuggestWord[] close = spelling.suggestSimilar(new Term(SearchIndex.BODY, word), 1,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (close.length > 0) {
                words.add(close[0].string);
                changed = true;
            } else {
                words.add(word);
            }
        }
        String suggestion = String.join(" ", words);
        return changed && searcher.count(textQuery(suggestion)) > 0 ? suggestion : null;
    }
}
