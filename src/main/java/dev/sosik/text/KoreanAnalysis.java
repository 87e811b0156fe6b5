package dev.sosik.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one Korean analysis chain of the portal, on Lucene's Nori: Unicode normalization (NFKC, so full-width forms
 * and compatibility characters meet their plain forms), a user dictionary kept as a resource
 * ({@code text/user-dictionary.txt}: coined words, names, press names), part-of-speech filtering, lower case.
 * Search, hashtags, related articles and same-story clusters all read text through it.
 */
public final class KoreanAnalysis {

    /** What a search matches on: content words (nouns, verb and adjective stems, foreign words, numbers). */
    static final Set<POS.Tag> SEARCH_TAGS = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NR, POS.Tag.NP,
            POS.Tag.SL, POS.Tag.SN, POS.Tag.SH, POS.Tag.VV, POS.Tag.VA, POS.Tag.XR);
    /** What a keyword can be: common and proper nouns, foreign words and Hanja. */
    static final Set<POS.Tag> NOUN_TAGS = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.SL, POS.Tag.SH);

    private static final KoreanAnalysis STANDARD = new KoreanAnalysis(loadUserDictionary());

    private final UserDictionary userDictionary;
    private final Analyzer search;

    private KoreanAnalysis(UserDictionary userDictionary) {
        this.userDictionary = userDictionary;
        this.search = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = tokenizer(KoreanTokenizer.DecompoundMode.MIXED);
                TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer, stopTagsKeeping(SEARCH_TAGS));
                stream = new KoreanReadingFormFilter(stream);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return normalized(reader);
            }
        };
    }

    public static KoreanAnalysis standard() {
        return STANDARD;
    }

    /** The analyzer for the search index and for queries. */
    public Analyzer searchAnalyzer() {
        return search;
    }

    /** The nouns of a text in order (compound nouns whole and, where Nori splits them, also their parts). */
    public List<String> nouns(String text) {
        List<String> nouns = new ArrayList<>();
        var tokenizer = tokenizer(KoreanTokenizer.DecompoundMode.MIXED);
        tokenizer.setReader(new StringReader(Normalizer.normalize(text, Normalizer.Form.NFKC)));
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        try (tokenizer) {
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (NOUN_TAGS.contains(pos.getLeftPOS())) {
                    nouns.add(term.toString());
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nouns;
    }

    private KoreanTokenizer tokenizer(KoreanTokenizer.DecompoundMode mode) {
        return new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary, mode, false,
                true);
    }

    private static Set<POS.Tag> stopTagsKeeping(Set<POS.Tag> kept) {
        Set<POS.Tag> stop = EnumSet.allOf(POS.Tag.class);
        stop.removeAll(kept);
        return stop;
    }

    private static Reader normalized(Reader reader) {
        try (reader) {
            var text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return new StringReader(Normalizer.normalize(text, Normalizer.Form.NFKC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UserDictionary loadUserDictionary() {
        try (var in = KoreanAnalysis.class.getResourceAsStream("/text/user-dictionary.txt")) {
            if (in == null) {
                throw new IllegalStateException("text/user-dictionary.txt is missing from the classpath");
            }
            return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
