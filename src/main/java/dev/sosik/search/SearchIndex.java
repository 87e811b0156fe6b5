package dev.sosik.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
    static final String PUBLISHED_STORED = "published_at";
    /** The nouns and figures same-story grouping compares, with their counts as term vectors. */
    static final String STORY = "story";
    /**
     * The shape of the documents; an index written in another shape is rebuilt at start-up. 3: term vectors on
     * title and body (MoreLikeThis reads them instead of analysing the text again), offsets in their postings
     * (for snippets), and the story field.
     */
    static final String FORMAT = "3";
    private static final String FORMAT_KEY = "sosik.format";

    /** Analysed text with term vectors, so that related-article, same-story and snippet reads never analyse again. */
    private static final FieldType TEXT_WITH_VECTORS = textWithVectors(true);
    private static final FieldType TERMS_WITH_VECTORS = textWithVectors(false);

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
        document.add(new StringField(ID, id, Field.Store.YES));
        document.add(new Field(TITLE, article.title(), TEXT_WITH_VECTORS));
        document.add(new Field(BODY, article.body(), TEXT_WITH_VECTORS));
        document.add(new Field(STORY, new CountedTerms(article.storyTerms()), TERMS_WITH_VECTORS));
        document.add(new TextField(TAGS, String.join(" ", article.hashtags()), Field.Store.NO));
        document.add(new StringField(CATEGORY, article.categoryCode(), Field.Store.NO));
        document.add(new SortedDocValuesField(CATEGORY, new BytesRef(article.categoryCode())));
        document.add(new StringField(PRESS, article.pressCode(), Field.Store.NO));
        document.add(new SortedDocValuesField(PRESS, new BytesRef(article.pressCode())));
        long published = article.publishedAt().toInstant().toEpochMilli();
        document.add(new LongPoint(PUBLISHED, published));
        document.add(new NumericDocValuesField(PUBLISHED, published));
        document.add(new StoredField(PUBLISHED_STORED, published));
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

    /**
     * Shown text (title, body) also keeps offsets in its postings: the highlighter marks a snippet from them, the
     * cheapest of its ways, without analysing the text again.
     */
    private static FieldType textWithVectors(boolean shown) {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setStored(shown);
        type.setStoreTermVectors(true);
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
