package dev.sosik.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.sosik.text.KoreanAnalysis;
import jakarta.annotation.PreDestroy;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index under the data folder ({@code ./data/index}). Writes are visible to the next search
 * (near-real-time readers) and made durable by a commit every few seconds and at shutdown; an index that does not
 * match the database after a crash is rebuilt at start-up ({@link SearchIndexing}).
 */
@Component
public class SearchIndex {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final String CATEGORY = "category";
    static final String PRESS = "press";
    static final String PUBLISHED = "published";
    /** The nouns and figures same-story grouping compares, with their counts as term vectors. */
    static final String STORY = "story";
    /** The terms the hashtagger weighs, for their document frequencies ({@link IndexTagCorpus}). */
    static final String TAG_TERMS = "tag_terms";
    /**
     * The shape of the documents; an index written in another shape is rebuilt at start-up. 4: title and body
     * stored (for snippets) with offsets in their postings, the story field with term vectors (same-story and
     * related articles read an article's terms from them), the hashtagger's terms, ids and publication times as doc
     * values.
     */
    static final String FORMAT = "4";
    private static final String FORMAT_KEY = "sosik.format";

    /** Text shown in results: stored, and with offsets in its postings for the highlighter's snippets. */
    private static final FieldType SHOWN_TEXT = fieldType(true);
    /** Terms compared, not shown: term vectors, so that an article's terms are read back without analysis. */
    private static final FieldType TERMS_WITH_VECTORS = fieldType(false);

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean uncommitted = new AtomicBoolean();
    private final AtomicBoolean unrefreshed = new AtomicBoolean();
    private final long refreshEvery;
    private volatile long lastRefresh;

    SearchIndex(@Value("${sosik.search.index-dir:${sosik.data-dir}/index}") Path folder,
                @Value("${sosik.search.refresh-every:100ms}") Duration refreshEvery) throws IOException {
        this.refreshEvery = refreshEvery.toNanos();
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        var config = new IndexWriterConfig(KoreanAnalysis.standard().searchAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    void put(IndexedArticle article) {
        var document = new Document();
        String id = Long.toString(article.id());
        document.add(new StringField(ID, id, Field.Store.NO));
        document.add(new NumericDocValuesField(ID, article.id()));
        document.add(new Field(TITLE, article.title(), SHOWN_TEXT));
        document.add(new Field(BODY, article.body(), SHOWN_TEXT));
        document.add(new Field(STORY, new CountedTerms(article.storyTerms()), TERMS_WITH_VECTORS));
        document.add(new TextField(TAGS, String.join(" ", article.hashtags()), Field.Store.NO));
        for (String term : article.tagTerms()) {
            document.add(new StringField(TAG_TERMS, term, Field.Store.NO));
        }
        document.add(new StringField(CATEGORY, article.categoryCode(), Field.Store.NO));
        document.add(new SortedDocValuesField(CATEGORY, new BytesRef(article.categoryCode())));
        document.add(new StringField(PRESS, article.pressCode(), Field.Store.NO));
        document.add(new SortedDocValuesField(PRESS, new BytesRef(article.pressCode())));
        long published = article.publishedAt().toInstant().toEpochMilli();
        document.add(new LongPoint(PUBLISHED, published));
        document.add(new NumericDocValuesField(PUBLISHED, published));
        try {
            writer.updateDocument(new Term(ID, id), document);
            afterWrite();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(long articleId) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(articleId)));
            afterWrite();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void removeAll() {
        try {
            writer.deleteAll();
            afterWrite();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /** Whether the index was written in today's document shape (an empty index is). */
    boolean currentFormat() {
        var data = writer.getLiveCommitData();
        if (data != null) {
            for (var entry : data) {
                if (entry.getKey().equals(FORMAT_KEY)) {
                    return entry.getValue().equals(FORMAT);
                }
            }
        }
        return count() == 0;
    }

    private static FieldType fieldType(boolean shown) {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setStored(shown);
        type.setStoreTermVectors(!shown);
        if (shown) {
            type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        }
        type.freeze();
        return type;
    }

    /**
     * Runs a read against a searcher at most {@code sosik.search.refresh-every} old, releasing it afterwards.
     * Writes become visible at the next read after that: reopening the index for every stored article (one tiny
     * segment each) took a third of an import's time.
     */
    <T> T withSearcher(SearchFunction<T> read) {
        return read(read, refreshEvery);
    }

    /** Runs a read that must see every write made so far (a just-stored article looking for its relatives). */
    <T> T withFreshSearcher(SearchFunction<T> read) {
        return read(read, 0);
    }

    private <T> T read(SearchFunction<T> read, long maxAgeNanos) {
        try {
            long now = System.nanoTime();
            if (now - lastRefresh >= maxAgeNanos && unrefreshed.getAndSet(false)) {
                lastRefresh = now;
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A document's numeric doc value ({@link #ID}, {@link #PUBLISHED}): reading a hit's stored document instead
     * decompresses and decodes its whole title and body, most of what finding related articles cost.
     */
    static long value(IndexSearcher searcher, int doc, String field) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
        if (!values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("a document of the index has no " + field);
        }
        return values.longValue();
    }

    interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Scheduled(fixedDelayString = "${sosik.search.commit-every:5s}")
    void commit() throws IOException {
        if (uncommitted.getAndSet(false)) {
            commitWithFormat();
        }
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        commitWithFormat();
        writer.close();
        directory.close();
    }

    /** Every commit records the document shape it was written in (see {@link #currentFormat}). */
    private void commitWithFormat() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
    }

    private void afterWrite() {
        uncommitted.set(true);
        unrefreshed.set(true);
    }
}
