package dev.sosik.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a re-published copy of an article under a new address: a MinHash signature over character shingles of the
 * body (Lucene's MinHashFilter), split into bands stored with the article (locality-sensitive hashing), so that a
 * new article is compared only with the few that share a band. Character shingles catch copies of short articles
 * too, and survive Korean particles and small edits; rewrites of the same event by another press share few
 * shingles and are not copies (same-story grouping is a different feature).
 */
@Component
public class NearDuplicates {

    static final int SHINGLE = 5;
    static final int HASHES = 128;
    static final int BANDS = 16;
    static final int ROWS = HASHES / BANDS;
    /** Below this many characters a text says too little to call it a copy. */
    static final int MIN_CHARACTERS = 50;
    private static final Pattern NOT_TEXT = Pattern.compile("[^\\p{L}\\p{N}]");

    /**
     * One index lookup per band, united: written as one OR of the sixteen band conditions, H2 scans the whole table
     * instead, which made every import slower than the last.
     */
    private static final String CANDIDATES = String.join(" union ",
            Collections.nCopies(BANDS, "select article_id from article_band where band = ? and band_hash = ?"));

    private final JdbcClient jdbc;
    private final double threshold;

    NearDuplicates(JdbcClient jdbc, @Value("${sosik.ingest.copy-similarity:0.8}") double threshold) {
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    /** The signature of a text, or empty when it is too short to compare. */
    public Optional<long[]> signature(String text) {
        String letters = NOT_TEXT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase())
                .replaceAll("");
        if (letters.length() < MIN_CHARACTERS) {
            return Optional.empty();
        }
        long[] signature = new long[HASHES];
        var tokenizer = new NGramTokenizer(SHINGLE, SHINGLE);
        tokenizer.setReader(new StringReader(letters));
        try (TokenStream hashes = new MinHashFilter(tokenizer, 1, HASHES, 1, true)) {
            CharTermAttribute term = hashes.addAttribute(CharTermAttribute.class);
            hashes.reset();
            int position = 0;
            while (hashes.incrementToken() && position < HASHES) {
                // the first four chars carry the hash's high 64 bits, 16 bits each
                signature[position++] = (long) term.charAt(0) << 48 | (long) term.charAt(1) << 32
                        | (long) term.charAt(2) << 16 | term.charAt(3);
            }
            hashes.end();
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return Optional.of(signature);
    }

    /** The estimated Jaccard similarity of two signatures: the share of positions where they agree. */
    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** A stored article whose body this signature copies, if any. */
    public Optional<Long> copyOf(long[] signature) {
        List<Long> candidates = jdbc.sql(CANDIDATES)
                .params(bandParams(signature))
                .query(Long.class)
                .list();
        for (long candidate : candidates) {
            Optional<long[]> stored = jdbc.sql("select signature from article_fingerprint where article_id = ?")
                    .param(candidate)
                    .query((rs, row) -> decode(rs.getBytes(1)))
                    .optional();
            if (stored.isPresent() && similarity(signature, stored.get()) >= threshold) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Keeps an article's signature; call inside the transaction that stores or revises the article. */
    public void store(long articleId, long[] signature) {
        jdbc.sql("delete from article_fingerprint where article_id = ?").param(articleId).update();
        jdbc.sql("delete from article_band where article_id = ?").param(articleId).update();
        jdbc.sql("insert into article_fingerprint (article_id, signature) values (?, ?)")
                .params(articleId, encode(signature)).update();
        Object[] bands = bandParams(signature);
        for (int band = 0; band < BANDS; band++) {
            jdbc.sql("insert into article_band (band, band_hash, article_id) values (?, ?, ?)")
                    .params(bands[2 * band], bands[2 * band + 1], articleId).update();
        }
    }

    private static Object[] bandParams(long[] signature) {
        Object[] params = new Object[2 * BANDS];
        for (int band = 0; band < BANDS; band++) {
            params[2 * band] = (short) band;
            params[2 * band + 1] = Arrays.hashCode(Arrays.copyOfRange(signature, band * ROWS, (band + 1) * ROWS))
                    * 0x9E3779B97F4A7C15L;
        }
        return params;
    }

    private static byte[] encode(long[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Long.BYTES);
        for (long hash : signature) {
            buffer.putLong(hash);
        }
        return buffer.array();
    }

    private static long[] decode(byte[] bytes) {
        long[] signature = new long[HASHES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(signature);
        return signature;
    }
}
