package dev.sosik.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.KoMorphData;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The one Korean analysis chain of the portal, on Lucene's Nori: Unicode normalization (NFKC, so full-width forms
 * and compatibility characters meet their plain forms), a user dictionary kept as a resource
 * ({@code text/user-dictionary.txt}: coined words, names, press names), part-of-speech filtering, lower case.
 * Latin and mixed tokens (R&D, 5G, COVID-19) come out whole ({@link LatinTokens}). Search, hashtags, related
 * articles and same-story clusters all read text through it.
 */
public final class KoreanAnalysis {

    /** What a search matches on: content words (nouns, verb and adjective stems, foreign words, numbers). */
    static final Set<POS.Tag> SEARCH_TAGS = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NR, POS.Tag.NP,
            POS.Tag.SL, POS.Tag.SN, POS.Tag.SH, POS.Tag.VV, POS.Tag.VA, POS.Tag.XR);
    /** What {@link #nouns} returns: common and proper nouns, foreign words and Hanja. */
    static final Set<POS.Tag> NOUN_TAGS = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.SL, POS.Tag.SH);
    /** What a keyword starts with: nouns, foreign words, Hanja, numbers (시즌3, 자유형200m), prefixes (고대역폭). */
    static final Set<POS.Tag> KEYWORD_START_TAGS = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.SL, POS.Tag.SH,
            POS.Tag.SN, POS.Tag.XPN);
    private static final Set<String> PARTICLE_LIKE_SUFFIXES = Set.of("들", "씩", "가", "이", "과", "와", "은", "는",
            "을", "를", "의", "로", "에", "도", "만");
    /** The verb and adjective suffixes (하다, 되다) that make the noun before them a predicate. */
    static final Set<POS.Tag> PREDICATE_SUFFIX_TAGS = EnumSet.of(POS.Tag.XSV, POS.Tag.XSA);

    private static final KoreanAnalysis STANDARD = new KoreanAnalysis(loadUserDictionary());

    private final UserDictionary userDictionary;
    /** The coined words and names of the user dictionary, which are names as much as Nori's proper nouns are. */
    private final Set<String> userWords;
    private final Analyzer search;
    private final RecentResults<Tokens> recentTokens = new RecentResults<>(8);

    /** A text's morphemes whole and with the parts of its compounds ({@link #tokens}); not to be changed. */
    record Tokens(List<Morpheme> whole, List<Morpheme> withParts) {
    }

    private KoreanAnalysis(String userDictionaryEntries) {
        this.userDictionary = userDictionary(userDictionaryEntries);
        this.userWords = userWords(userDictionaryEntries);
        this.search = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = tokenizer(KoreanTokenizer.DecompoundMode.MIXED);
                TokenStream stream = new LatinJoiningFilter(tokenizer);
                stream = new KoreanPartOfSpeechStopFilter(stream, stopTagsKeeping(SEARCH_TAGS));
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

    /**
     * The nouns of a text in order, for related articles and same-story clusters: compound nouns whole and, where Nori
     * splits them, also their parts (서울시, 서울, 시), so that 서울시 and 서울 articles still meet; Latin and mixed
     * tokens whole (R&D, 5G, COVID-19).
     */
    public List<String> nouns(String text) {
        List<String> nouns = new ArrayList<>();
        for (Morpheme morpheme : tokens(text).withParts()) {
            if (NOUN_TAGS.contains(morpheme.tag())) {
                nouns.add(morpheme.text());
            }
        }
        return nouns;
    }

    /**
     * The keyword candidates of a text in order, for hashtags: every run of touching nouns is one keyword, so a
     * compound stays whole and its parts do not come out alone (대덕연구개발특구, not 대덕, 연구개발, 특구; 서울시가 gives
     * 서울시), particles and endings are dropped, Latin and mixed tokens stay whole (R&D, 5G, D램, 자유형200m). Runs of
     * digits alone (2,380, 27) are not keywords.
     */
    public List<String> keywords(String text) {
        return keywordOccurrences(text).stream().map(Keyword::text).toList();
    }

    /** The keywords of {@link #keywords} with where they stand in the normalized text. */
    List<Keyword> keywordOccurrences(String text) {
        String normalized = normalize(text);
        List<Morpheme> morphemes = tokens(normalized).whole();
        List<Keyword> keywords = new ArrayList<>();
        int first = 0;
        while (first < morphemes.size()) {
            if (!KEYWORD_START_TAGS.contains(morphemes.get(first).tag())) {
                first++;
                continue;
            }
            int next = first + 1;
            while (next < morphemes.size() && morphemes.get(next - 1).touches(morphemes.get(next))
                    && continuesKeyword(morphemes.get(next))) {
                next++;
            }
            int last = next - 1;
            while (last > first && morphemes.get(last).tag() == POS.Tag.XPN) {
                last--; // a prefix with no noun after it (고 before a verb) belongs to nothing
            }
            int start = morphemes.get(first).start();
            int end = morphemes.get(last).end();
            String keyword = normalized.substring(start, end);
            if (keyword.codePoints().anyMatch(Character::isLetter)) {
                boolean predicate = last == next - 1 && next < morphemes.size()
                        && morphemes.get(last).touches(morphemes.get(next))
                        && PREDICATE_SUFFIX_TAGS.contains(morphemes.get(next).tag());
                keywords.add(new Keyword(keyword, start, end,
                        start == 0 || Character.isWhitespace(normalized.charAt(start - 1)),
                        end == normalized.length() || Character.isWhitespace(normalized.charAt(end)), predicate,
                        isName(morphemes.subList(first, last + 1))));
            }
            first = next;
        }
        return keywords;
    }

    /**
     * A proper noun of three syllables or more (NNP: 한국은행, 로스앤젤레스; the two-syllable ones are mostly countries
     * and cities, 미국, 서울, a name only when the article is about the place), a foreign word or acronym (SL), or a
     * word of the user dictionary.
     */
    private boolean isName(List<Morpheme> morphemes) {
        return morphemes.stream().anyMatch(morpheme -> morpheme.tag() == POS.Tag.NNP && morpheme.text().length() > 2
                || morpheme.tag() == POS.Tag.SL || userWords.contains(morpheme.text()));
    }

    /**
     * Nouns, numbers and prefixes carry a keyword on; so do noun suffixes (수도권, 시청률), but not the plural 들, the
     * distributive 씩, nor the suffixes that look like particles, which Nori takes for a suffix after a word it does
     * not know (루미너스가).
     */
    private static boolean continuesKeyword(Morpheme morpheme) {
        return KEYWORD_START_TAGS.contains(morpheme.tag())
                || morpheme.tag() == POS.Tag.XSN && !PARTICLE_LIKE_SUFFIXES.contains(morpheme.text());
    }

    /**
     * A text's morphemes, punctuation included (it is what tells R&D from R D), Latin runs joined: whole, as keywords
     * take them, and with each compound or inflected form followed by its parts, as nouns take them (Nori's mixed
     * mode: 서울시, 서울, 시). Both come from one run of Nori, whose path through the dictionary is the same in every
     * mode: a run is most of what storing an article costs, and hashtags and same-story grouping each ran it on the
     * same title and body (docs/performance.md). The last few texts' morphemes are kept for the second asker.
     */
    Tokens tokens(String text) {
        String normalized = normalize(text);
        Tokens known = recentTokens.find(normalized);
        if (known != null) {
            return known;
        }
        List<Morpheme> whole = new ArrayList<>();
        List<Morpheme> withParts = new ArrayList<>();
        var tokenizer = tokenizer(KoreanTokenizer.DecompoundMode.NONE);
        tokenizer.setReader(new StringReader(normalized));
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
        try (tokenizer) {
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                var morpheme = new Morpheme(term.toString(), pos.getLeftPOS(), offset.startOffset(),
                        offset.endOffset(), increment.getPositionIncrement());
                whole.add(morpheme);
                withParts.add(morpheme);
                if (pos.getPOSType() != POS.Type.MORPHEME && pos.getMorphemes() != null) {
                    addParts(morpheme, pos.getPOSType(), pos.getMorphemes(), withParts);
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recentTokens.keep(normalized, new Tokens(LatinTokens.joined(whole), LatinTokens.joined(withParts)));
    }

    /**
     * The parts Nori's mixed mode puts after a compound or an inflected form: a compound's parts each where it stands
     * (counted back from the compound's end, as Nori counts), an inflected form's parts on the whole form; the first
     * part at the compound's position, the others one after another.
     */
    private static void addParts(Morpheme token, POS.Type type, KoMorphData.Morpheme[] parts, List<Morpheme> to) {
        int[] starts = new int[parts.length];
        int end = token.end();
        for (int i = parts.length - 1; i >= 0; i--) {
            end -= parts[i].surfaceForm().length();
            starts[i] = end;
        }
        for (int i = 0; i < parts.length; i++) {
            String text = parts[i].surfaceForm();
            boolean compound = type == POS.Type.COMPOUND;
            to.add(new Morpheme(text, parts[i].posTag(), compound ? starts[i] : token.start(),
                    compound ? starts[i] + text.length() : token.end(), i == 0 ? 0 : 1));
        }
    }

    /** NFKC: full-width ＡＩ is AI, compatibility jamo and ligatures meet their plain forms. */
    static String normalize(CharSequence text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    KoreanTokenizer tokenizer(KoreanTokenizer.DecompoundMode mode) {
        // Punctuation is kept so that LatinTokens can see the & of R&D; the part-of-speech filters drop it after.
        return new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary, mode, false,
                false);
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
            return new StringReader(normalize(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String loadUserDictionary() {
        try (var in = KoreanAnalysis.class.getResourceAsStream("/text/user-dictionary.txt")) {
            if (in == null) {
                throw new IllegalStateException("text/user-dictionary.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UserDictionary userDictionary(String entries) {
        try {
            return UserDictionary.open(new StringReader(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of the user dictionary: the first word of each entry. */
    private static Set<String> userWords(String entries) {
        return entries.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0]).collect(Collectors.toUnmodifiableSet());
    }
}
