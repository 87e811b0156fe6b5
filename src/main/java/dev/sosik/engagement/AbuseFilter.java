package dev.sosik.engagement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Flags Korean abuse in a comment, reply or nickname before it is stored, naming the fragments the reader should edit.
 *
 * <p>Text is reduced to canonical units by {@link KoreanText} (which undoes spacing, jamo splitting, look-alike
 * digits and letters, padding, repetition, full-width forms and invisible characters), then every lexicon word is
 * looked up in one pass over a trie. A match is dropped when it overlaps a word of the allowlist (시발점, 발표회,
 * 새끼손가락), which is matched on the plain text so that an innocent word cannot be spelled into a curse.
 *
 * <p>Tokens are separated by spaces and by punctuation. Lexicon lines may carry anchors: {@code ^word} matches only
 * at the start of a token, {@code word$} only at its end and {@code ~word} only inside a token (a suffix: ~충$
 * catches 급식충 but not 충). Words of two to four syllables also match with any syllable cut to its initial
 * consonant (ㅆ발, 씨ㅂ, ㄱ새끼), except syllables starting with ㅇ, ㅎ or ㅋ, which chat abbreviations and laughter
 * (ㅇㅇ, ㅎㅎ, ㅋㅋ) would hit, and as long as a syllable not starting with ㅇ stays whole (ㄴ아 is no 년아); the
 * all-consonant forms (ㅅㅂ) are listed as words of their own.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AbuseFilter {

    /** Whether the text is abusive, and the offending fragments as they appear in it, in order, without repeats. */
    public record Verdict(boolean abusive, List<String> matches) {

        private static final Verdict CLEAN = new Verdict(false, List.of());

        public Verdict {
            matches = List.copyOf(matches);
        }
    }

    private static final String WORDS_RESOURCE = "/engagement/abuse-words.txt";
    private static final String ALLOWED_RESOURCE = "/engagement/abuse-allow.txt";
    private static final int LONGEST_ABBREVIATED_WORD = 4;

    /**
     * What may follow a match that ends inside a token when the match was spelled across spaces or punctuation
     * (시 발놈아, 시!발아): particles and endings. Anything else means the letters belong to innocent words that
     * happen to stand side by side (이 시 발표, 한미 친선, 서울에..미사일).
     */
    private static final Set<String> PARTICLES = Set.of(
            "아", "야", "이", "가", "은", "는", "을", "를", "들", "도", "이야", "들아", "들이", "들은", "들을", "이네",
            "네", "냐", "이냐", "놈", "놈아", "놈들", "년", "년아", "새끼", "같은", "같이");

    private final Trie words;
    private final Map<Character, List<String>> allowedByFirstChar;

    AbuseFilter(List<String> words, List<String> allowed) {
        this.words = new Trie();
        words.forEach(this.words::add);
        this.allowedByFirstChar = new HashMap<>();
        for (String phrase : allowed) {
            String plain = KoreanText.of(phrase).plain().text().strip();
            if (!plain.isEmpty()) {
                allowedByFirstChar.computeIfAbsent(plain.charAt(0), first -> new ArrayList<>()).add(plain);
            }
        }
    }

    /** The filter with the built-in word lists, loaded once. */
    public static AbuseFilter standard() {
        return Standard.FILTER;
    }

    public Verdict check(String text) {
        if (text == null || text.isBlank()) {
            return Verdict.CLEAN;
        }
        KoreanText korean = KoreanText.of(text);
        List<Span> found = new ArrayList<>();
        for (KoreanText.Units units : korean.readings()) {
            words.findAll(units, found);
        }
        if (found.isEmpty()) {
            return Verdict.CLEAN;
        }
        found.removeIf(overlapsAny(allowedSpans(korean.plain())));
        if (found.isEmpty()) {
            return Verdict.CLEAN;
        }
        var fragments = new LinkedHashSet<String>();
        for (Span span : merged(found)) {
            fragments.add(text.substring(span.start, span.end));
        }
        return new Verdict(true, List.copyOf(fragments));
    }

    /** The allowed phrases in the text, in order of their start. */
    private List<Span> allowedSpans(KoreanText.Plain plain) {
        String text = plain.text();
        var spans = new ArrayList<Span>();
        for (int at = 0; at < text.length(); at++) {
            for (String phrase : allowedByFirstChar.getOrDefault(text.charAt(at), List.of())) {
                if (text.startsWith(phrase, at)) {
                    spans.add(new Span(plain.starts()[at], plain.ends()[at + phrase.length() - 1]));
                }
            }
        }
        return spans;
    }

    /**
     * Whether a span overlaps any of {@code sorted} (ordered by start), by binary search over the furthest end reached
     * so far, so that a long text full of allowed phrases stays linear-logarithmic.
     */
    private static Predicate<Span> overlapsAny(List<Span> sorted) {
        int[] starts = new int[sorted.size()];
        int[] furthestEnds = new int[sorted.size()];
        for (int index = 0; index < sorted.size(); index++) {
            starts[index] = sorted.get(index).start;
            furthestEnds[index] = Math.max(sorted.get(index).end, index == 0 ? 0 : furthestEnds[index - 1]);
        }
        return span -> {
            int startingBefore = countBelow(starts, span.end);
            return startingBefore > 0 && furthestEnds[startingBefore - 1] > span.start;
        };
    }

    /** How many values of the ascending array are below {@code value}. */
    private static int countBelow(int[] ascending, int value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Overlapping matches (씨발 and 씨발놈 in 씨발놈아) become one fragment. */
    private static List<Span> merged(List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        var merged = new ArrayList<Span>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && span.start < last.end) {
                merged.set(merged.size() - 1, new Span(last.start, Math.max(last.end, span.end)));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** A span of the original text, end exclusive. */
    private record Span(int start, int end) {
    }

    // ---- the lexicon

    /** The lexicon as a trie over canonical units, so that one pass over a comment finds every word. */
    private static final class Trie {

        private final Node root = new Node();

        void add(String line) {
            String word = line.strip();
            boolean atTokenStart = word.startsWith("^");
            boolean insideToken = word.startsWith("~");
            boolean atTokenEnd = word.endsWith("$") && word.length() > 1;
            word = word.substring(atTokenStart || insideToken ? 1 : 0, word.length() - (atTokenEnd ? 1 : 0));
            int[] units = KoreanText.of(word).units(KoreanText.LatinReading.LETTERS).codes();
            if (units.length == 0) {
                return;
            }
            int anchors = (atTokenStart ? Node.AT_TOKEN_START : 0) | (atTokenEnd ? Node.AT_TOKEN_END : 0)
                    | (insideToken ? Node.INSIDE_TOKEN : 0);
            for (int[] spelling : abbreviations(units)) {
                Node node = root;
                for (int unit : spelling) {
                    node = node.children.computeIfAbsent(unit, key -> new Node());
                }
                node.acceptedAnchors |= 1 << anchors;
            }
        }

        /** The word and its spellings with syllables cut to their initial consonant, one not starting with ㅇ whole. */
        private static List<int[]> abbreviations(int[] units) {
            var spellings = new ArrayList<int[]>();
            spellings.add(units);
            if (units.length < 2 || units.length > LONGEST_ABBREVIATED_WORD) {
                return spellings;
            }
            int all = (1 << units.length) - 1;
            for (int cut = 1; cut < all; cut++) {
                int[] spelling = units.clone();
                boolean valid = true;
                for (int index = 0; index < units.length && valid; index++) {
                    if ((cut & 1 << index) != 0) {
                        valid = isAbbreviable(units[index]);
                        spelling[index] = valid ? KoreanText.initial(units[index]) : 0;
                    }
                }
                if (valid && keepsConsonantSyllable(spelling)) {
                    spellings.add(spelling);
                }
            }
            return spellings;
        }

        private static boolean keepsConsonantSyllable(int[] spelling) {
            for (int unit : spelling) {
                if (KoreanText.isSyllable(unit) && KoreanText.initial(unit) != 'ㅇ') {
                    return true;
                }
            }
            return false;
        }

        private static boolean isAbbreviable(int unit) {
            return KoreanText.isSyllable(unit) && "ㅇㅎㅋ".indexOf(KoreanText.initial(unit)) < 0;
        }

        void findAll(KoreanText.Units units, List<Span> found) {
            int[] codes = units.codes();
            for (int from = 0; from < codes.length; from++) {
                if (from > 0 && !units.tokenStart()[from] && Character.isDigit(codes[from - 1])) {
                    continue; // a word glued to a number is its unit: 2020년들어, 3새끼
                }
                Node node = root;
                for (int to = from; to < codes.length; to++) {
                    node = node.children.get(codes[to]);
                    if (node == null) {
                        break;
                    }
                    if (node.acceptedAnchors != 0 && node.accepts(units, from, to) && spacingAllows(units, from, to)) {
                        found.add(new Span(units.starts()[from], units.ends()[to]));
                    }
                }
            }
        }

        /**
         * A match spelled across tokens (시 발, ㅅ ㅂ, 시!발) counts only when it starts a token and every piece but the
         * last is a whole token; the last piece must end its token or be followed only by a particle.
         */
        private static boolean spacingAllows(KoreanText.Units units, int from, int to) {
            boolean crossesSpace = false;
            for (int index = from + 1; index <= to && !crossesSpace; index++) {
                crossesSpace = units.tokenStart()[index];
            }
            if (!crossesSpace || units.isTokenEnd(to)) {
                return !crossesSpace || units.tokenStart()[from];
            }
            if (!units.tokenStart()[from]) {
                return false;
            }
            var rest = new StringBuilder();
            for (int index = to + 1; index < units.size() && !units.tokenStart()[index]; index++) {
                rest.appendCodePoint(units.codes()[index]);
            }
            return PARTICLES.contains(rest.toString());
        }
    }

    private static final class Node {

        static final int AT_TOKEN_START = 1;
        static final int AT_TOKEN_END = 2;
        static final int INSIDE_TOKEN = 4;

        final Map<Integer, Node> children = new HashMap<>(4);
        /** Bit {@code 1 << anchors} is set when a word ending here asks for those anchors; 0 when none ends here. */
        int acceptedAnchors;

        boolean accepts(KoreanText.Units units, int from, int to) {
            int satisfied = (units.tokenStart()[from] ? AT_TOKEN_START : INSIDE_TOKEN)
                    | (units.isTokenEnd(to) ? AT_TOKEN_END : 0);
            for (int anchors = 0; anchors < 8; anchors++) {
                if ((acceptedAnchors & 1 << anchors) != 0 && (anchors & satisfied) == anchors) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- the built-in lists

    /** Loads the built-in lists when first asked for, once: every comment uses them. */
    private static final class Standard {

        static final AbuseFilter FILTER = new AbuseFilter(lines(WORDS_RESOURCE), lines(ALLOWED_RESOURCE));

        private static List<String> lines(String resource) {
            try (InputStream in = AbuseFilter.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing word list " + resource);
                }
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return reader.lines()
                        .map(line -> line.replaceFirst("#.*", "").strip())
                        .filter(line -> !line.isEmpty())
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
