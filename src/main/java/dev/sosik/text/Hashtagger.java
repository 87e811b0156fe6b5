package dev.sosik.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses an article's hashtags the way an editor would: the names, nouns, compound nouns and acronyms most specific
 * to this article against the whole corpus. Candidates are {@link KoreanAnalysis#keywords} (compounds whole, particles
 * gone), two names written with a space (서울형 R&D) and quoted headline titles ('달의 정원'); generic news words
 * ({@code text/generic-words.txt}), one-syllable words and numbers with a counter never are. Each is scored by TF-IDF,
 * occurrences in the title and the lead paragraph counting more, names more, nouns used as verbs less; the best are
 * taken with no tag that is a fragment of another (서울 beside 서울시 gives way to 서울시). Deterministic: ties are broken
 * by first position in the text, then alphabetically. An English article takes its candidates from
 * {@link EnglishKeywords} instead (names by capitalization, an English stop list). Immutable and thread-safe.
 * See docs/hashtags.md.
 */
public final class Hashtagger {

    public static final int MIN_TAGS = 5;
    public static final int MAX_TAGS = 10;

    /** An occurrence in the title says most about the article; one in the lead paragraph more than one later. */
    private static final double TITLE_WEIGHT = 3;
    private static final double LEAD_WEIGHT = 2;
    private static final double BODY_WEIGHT = 1;
    /**
     * A noun used as a verb (동결했다) names an action, which an editor rarely tags: it loses up to this share of its
     * score, all of it when this article uses it so, else in proportion to the corpus articles that do.
     */
    private static final double PREDICATE_PENALTY = 0.5;
    static final String PREDICATE_MARK = "~하다";
    /** Names (proper nouns, acronyms, dictionary names) are what editors tag first. */
    private static final double NAME_BOOST = 1.5;
    /**
     * A bare two-syllable common noun (행진, 이자, 연안, 추후) is the least specific kind of candidate: on a small corpus
     * IDF cannot tell it from a name, so it keeps only this share of its score (compounds, names and Latin
     * tokens keep all of theirs).
     */
    private static final double SHORT_COMMON_NOUN = 0.9;
    /** Two nouns side by side are taken for one name only when they recur, and mostly come together. */
    private static final int MIN_PHRASE_OCCURRENCES = 2;
    private static final double PHRASE_COHESION = 0.5;
    /** Past the minimum, a candidate scoring below this share of the best one is not worth a tag. */
    private static final double RELATIVE_CUTOFF = 0.3;

    /** A run of words between quotes in a headline. */
    private static final Pattern QUOTED = Pattern.compile("['‘\"“]([^'‘’\"“”]{2,20})['’\"”]");

    private static final Hashtagger STANDARD = new Hashtagger(KoreanAnalysis.standard(), loadGenericWords());

    private final KoreanAnalysis analysis;
    private final Set<String> genericWords;
    private final RecentResults<List<String>> recentTerms = new RecentResults<>(32);

    private Hashtagger(KoreanAnalysis analysis, Set<String> genericWords) {
        this.analysis = analysis;
        this.genericWords = genericWords;
    }

    public static Hashtagger standard() {
        return STANDARD;
    }

    /** Whether a word is on the generic list (after NFKC and lower case). */
    public boolean isGeneric(String word) {
        return genericWords.contains(key(word));
    }

    /**
     * An article's candidate keywords, found by one analysis: its terms for the corpus and its hashtags against a
     * corpus. Storing an article needs both, and the analysis is the expensive part.
     */
    public Analysed analyse(String title, String body) {
        var analysed = new Analysed(List.copyOf(candidates(title, body).values()));
        recentTerms.keep(title + '\n' + body, analysed.terms());
        return analysed;
    }

    /**
     * The distinct terms of an article; see {@link Analysed#terms}. The index asks for those of an article just
     * analysed for its hashtags: they are kept for a moment.
     */
    public List<String> terms(String title, String body) {
        List<String> known = recentTerms.find(title + '\n' + body);
        return known != null ? known : analyse(title, body).terms();
    }

    /** The article's hashtags; see {@link Analysed#tag}. */
    public List<String> tag(String title, String body, TermFrequencies frequencies) {
        return analyse(title, body).tag(frequencies);
    }

    /** One article's candidates, in order of first occurrence (title, then body). */
    public static final class Analysed {

        private final List<Candidate> candidates;

        private Analysed(List<Candidate> candidates) {
            this.candidates = candidates;
        }

        /**
         * The distinct terms of the article, as {@link TermFrequencies} count them: its candidate keywords and,
         * for those it uses as a verb (동결했다), the keyword marked {@value #PREDICATE_MARK} (동결~하다). The marks let
         * the corpus tell action nouns from names even in an article that only uses them bare, as headlines do.
         */
        public List<String> terms() {
            List<String> terms = new ArrayList<>();
            for (Candidate candidate : candidates) {
                terms.add(candidate.key);
                if (candidate.predicate) {
                    terms.add(candidate.key + PREDICATE_MARK);
                }
            }
            return List.copyOf(terms);
        }

        /**
         * The article's hashtags, best first: {@value #MIN_TAGS} to {@value #MAX_TAGS} of them (fewer only when the
         * text has fewer candidates). The body's paragraphs are separated by line breaks; the first is the lead.
         */
        public List<String> tag(TermFrequencies frequencies) {
            List<Candidate> ranked = new ArrayList<>(candidates);
            ranked.forEach(candidate -> candidate.score = score(candidate, frequencies));
            ranked.sort(Comparator.comparingDouble((Candidate candidate) -> -candidate.score)
                    .thenComparingInt(candidate -> candidate.firstPosition)
                    .thenComparing(candidate -> candidate.key));
            return choose(ranked).stream().map(candidate -> candidate.surface).toList();
        }
    }

    private static List<Candidate> choose(List<Candidate> ranked) {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (chosen.stream().anyMatch(tag -> tag.contains(candidate))) {
                continue;
            }
            List<Candidate> fragments = chosen.stream().filter(candidate::contains).toList();
            if (!fragments.isEmpty()) {
                // The longer compound names the thing; it takes the place of its best-ranked fragment.
                chosen.set(chosen.indexOf(fragments.getFirst()), candidate);
                chosen.removeAll(fragments.subList(1, fragments.size()));
                continue;
            }
            if (chosen.size() == MAX_TAGS
                    || chosen.size() >= MIN_TAGS && candidate.score < RELATIVE_CUTOFF * ranked.getFirst().score) {
                break;
            }
            chosen.add(candidate);
        }
        return chosen;
    }

    private static double score(Candidate candidate, TermFrequencies frequencies) {
        int documents = frequencies.documentCount();
        int frequency = Math.min(frequencies.frequency(candidate.key), documents);
        double inverseDocumentFrequency = Math.log((documents + 1.0) / (frequency + 1.0)) + 1;
        double predicateShare = candidate.predicate ? 1
                : (double) frequencies.frequency(candidate.key + PREDICATE_MARK) / Math.max(1, frequency);
        return (1 + Math.log(candidate.weightedCount)) * inverseDocumentFrequency
                * (1 - PREDICATE_PENALTY * Math.min(1, predicateShare)) * (candidate.name ? NAME_BOOST : isShortCommonNoun(candidate) ? SHORT_COMMON_NOUN : 1);
    }

    private static boolean isShortCommonNoun(Candidate candidate) {
        return candidate.key.codePointCount(0, candidate.key.length()) == 2
                && candidate.key.codePoints().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /** The candidates by key, in order of first occurrence (title, then body). */
    private Map<String, Candidate> candidates(String title, String body) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        if (EnglishKeywords.isLatin(title + body)) {
            var english = LeadAndRest.of(EnglishKeywords.withoutWireMarkers(body.strip()));
            countEnglish(candidates, EnglishKeywords.withoutWireMarkers(title), TITLE_WEIGHT);
            countEnglish(candidates, english.lead(), LEAD_WEIGHT);
            countEnglish(candidates, english.rest(), BODY_WEIGHT);
            return candidates;
        }
        var paragraphs = LeadAndRest.of(body);
        count(candidates, title, TITLE_WEIGHT);
        count(candidates, paragraphs.lead(), LEAD_WEIGHT);
        count(candidates, paragraphs.rest(), BODY_WEIGHT);
        countQuotedNames(candidates, title, paragraphs.lead(), paragraphs.rest());
        candidates.values().removeIf(candidate -> candidate.phrase && !isCohesive(candidate, candidates));
        return candidates;
    }

    /**
     * A headline quotes the title of a work, a programme or a scheme ('달의 정원', '시간제 속도제한'): when the quoted
     * words are all nouns (joined by 의 at most), they are one candidate, written without spaces, counted in the title
     * and wherever the body repeats them. Not weighted as a name: a quote can also be a catchphrase ('교통 대란').
     */
    private void countQuotedNames(Map<String, Candidate> candidates, String title, String lead, String rest) {
        Matcher quoted = QUOTED.matcher(KoreanAnalysis.normalize(title));
        while (quoted.find()) {
            String name = quoted.group(1).strip();
            if (isNounPhrase(name)) {
                Candidate candidate = candidate(candidates, name.replaceAll("\\s+", ""), false);
                candidate.count(TITLE_WEIGHT, false, false);
                for (int i = 0; i < occurrences(KoreanAnalysis.normalize(lead), name); i++) {
                    candidate.count(LEAD_WEIGHT, false, false);
                }
                for (int i = 0; i < occurrences(KoreanAnalysis.normalize(rest), name); i++) {
                    candidate.count(BODY_WEIGHT, false, false);
                }
            }
        }
    }

    /** Two to four words, each one whole keyword that is not generic, all but the last possibly ending in 의. */
    private boolean isNounPhrase(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i < words.length - 1 && word.length() > 1 && word.endsWith("의") && !isWholeKeyword(word)) {
                word = word.substring(0, word.length() - 1);
            }
            if (!isWholeKeyword(word) || isGeneric(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean isWholeKeyword(String word) {
        return analysis.keywords(word).equals(List.of(word));
    }

    private static int occurrences(String text, String phrase) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            count++;
        }
        return count;
    }

    /** An English text's candidates ({@link EnglishKeywords}): names are one candidate, written without spaces. */
    private static void countEnglish(Map<String, Candidate> candidates, String text, double weight) {
        for (EnglishKeywords.Occurrence occurrence : EnglishKeywords.standard().keywords(text)) {
            Candidate candidate = candidate(candidates, occurrence.text(), false);
            candidate.words = occurrence.words().stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
            candidate.count(weight, false, occurrence.name());
        }
    }

    private void count(Map<String, Candidate> candidates, String text, double weight) {
        String normalized = KoreanAnalysis.normalize(text);
        List<Keyword> keywords = analysis.keywordOccurrences(normalized);
        for (int i = 0; i < keywords.size(); i++) {
            Keyword keyword = keywords.get(i);
            if (isCandidate(key(keyword.text()))) {
                candidate(candidates, keyword.text(), false).count(weight, keyword.predicate(), keyword.name());
            }
            if (i + 1 < keywords.size() && isPhrase(normalized, keyword, keywords.get(i + 1))) {
                Candidate phrase = candidate(candidates, keyword.text() + keywords.get(i + 1).text(), true);
                phrase.parts = List.of(key(keyword.text()), key(keywords.get(i + 1).text()));
                phrase.count(weight, false, true);
            }
        }
    }

    /**
     * A recurring pair is one name when neither word is written much more often without the other: 고대역폭 메모리 is,
     * 독감 환자 is not, nor 스타트업 한결바이오 (the name stands alone everywhere else, and it is the tag).
     */
    private static boolean isCohesive(Candidate phrase, Map<String, Candidate> candidates) {
        int partOccurrences = phrase.parts.stream().mapToInt(part -> candidates.get(part).occurrences).max()
                .orElseThrow();
        return phrase.occurrences >= MIN_PHRASE_OCCURRENCES
                && phrase.occurrences >= PHRASE_COHESION * partOccurrences;
    }

    private static Candidate candidate(Map<String, Candidate> candidates, String surface, boolean phrase) {
        return candidates.computeIfAbsent(key(surface), key -> new Candidate(key, surface, candidates.size(), phrase));
    }

    /**
     * Two names standing alone side by side, like 서울형 R&D, 고대역폭 메모리 or 크로노 아레나, may be one name written
     * with a space; they are a candidate of their own (written without the space, as a hashtag is) when they recur.
     * A common noun before a name (그룹 루미너스, 마무리 백승호) is a description, not part of the name.
     */
    private boolean isPhrase(String text, Keyword first, Keyword second) {
        return first.wordEnd() && second.wordStart() && text.substring(first.end(), second.start()).isBlank()
                && first.name() && second.name() && isCandidate(key(first.text())) && isCandidate(key(second.text()));
    }

    /**
     * Long enough to name something (two syllables, or two letters as in AI), not generic, and not a number with a
     * counter (50곳, 28득점; 200m and 5G stay).
     */
    private boolean isCandidate(String key) {
        return key.codePointCount(0, key.length()) >= 2 && !genericWords.contains(key)
                && !(Character.isDigit(key.charAt(0)) && key.chars().noneMatch(c -> c >= 'a' && c <= 'z'));
    }

    private static String key(String word) {
        return KoreanAnalysis.normalize(word).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> loadGenericWords() {
        try (var in = Hashtagger.class.getResourceAsStream("/text/generic-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("text/generic-words.txt is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(Hashtagger::key).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One candidate keyword of one article while it is being ranked. */
    private static final class Candidate {
        final String key;
        final String surface;
        final int firstPosition;
        final boolean phrase;
        /** The keys of a phrase's two words; empty for a single keyword. */
        List<String> parts = List.of();
        /** The words of an English candidate, in lower case (bank, of, korea); empty for a Korean one. */
        List<String> words = List.of();
        int occurrences;
        double weightedCount;
        boolean predicate;
        boolean name;
        double score;

        Candidate(String key, String surface, int firstPosition, boolean phrase) {
            this.key = key;
            this.surface = surface;
            this.firstPosition = firstPosition;
            this.phrase = phrase;
        }

        /**
         * Whether the other candidate is a fragment of this one: a part of the compound (서울 of 서울시), or whole
         * words of an English name (Yoon of Yoon Suk Yeol, never "won" of "wonder").
         */
        boolean contains(Candidate other) {
            return words.isEmpty() || other.words.isEmpty() ? key.contains(other.key)
                    : Collections.indexOfSubList(words, other.words) >= 0;
        }

        void count(double weight, boolean asPredicate, boolean asName) {
            occurrences++;
            weightedCount += weight;
            predicate |= asPredicate;
            name |= asName;
        }
    }
}
