package dev.sosik.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The keyword candidates of an English text (the English services of Korean agencies), where the Korean analysis only
 * sees single Latin words and lets "the" and "has been" through. Without a part-of-speech tagger, capitalization does
 * the work: a run of capitalized words or acronyms is one name (Lee Jae-myung, Samsung Electronics, Bank of Korea,
 * KOSPI), the other words are candidates when they are not on the stop list {@code text/english-stop-words.txt}
 * (function words, months, weekdays, titles, generic news words) and do not look like a past tense (-ed) or an adverb
 * (-ly). A capitalized word that only starts a sentence is a name only when the text never writes it in lower case.
 * A wire story's markers (a leading "(LEAD)", "(ATTN: ...)", the byline and the "SEOUL, April 19 (Yonhap) --" dateline)
 * are not text. Deterministic, no dictionary, no second analysis.
 */
final class EnglishKeywords {

    /** One candidate occurrence: its words as written and whether they name someone or something. */
    record Occurrence(List<String> words, boolean name) {

        String text() {
            return String.join("", words);
        }
    }

    /** A word: letters and digits, joined inside by - ' & or . (Jae-myung, gov't, E&C, U.S). */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:[-'’&.][\\p{L}\\p{N}]+)*");
    /** Notes in parentheses before a wire story's headline or text: (LEAD), (2nd LD), (ATTN: ...). */
    private static final Pattern LEADING_NOTES = Pattern.compile("^(?:\\s*\\([^)]*\\))+\\s*");
    /** A byline and a dateline at the start of a wire story: "By Kim Soo-yeon SEOUL, April 19 (Yonhap) -- ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:By [\\p{L} .'-]+?\\s+)?\\p{Lu}{2}[\\p{Lu} .'-]*,\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}\\s+\\([^)]+\\)\\s+--\\s*");
    /** Where a sentence ends: a capitalized word after it may be an ordinary word. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.!?:;]|--|\\R)[\\s\"'“‘(\\[]*$");
    /** Past the minimum, how long a lower-case word must be to say anything (mpox, jeonse; not "won", "due"). */
    private static final int MIN_WORD_LENGTH = 4;

    private static final EnglishKeywords STANDARD = new EnglishKeywords(loadStopWords());

    private final Set<String> stopWords;

    private EnglishKeywords(Set<String> stopWords) {
        this.stopWords = stopWords;
    }

    static EnglishKeywords standard() {
        return STANDARD;
    }

    /** Whether a text is mostly in Latin letters (more Latin than Hangul letters): an English article. */
    static boolean isLatin(String text) {
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        long hangul = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                .count();
        return latin > hangul;
    }

    /** A wire story's headline or text without its leading notes, byline and dateline. */
    static String withoutWireMarkers(String text) {
        String stripped = LEADING_NOTES.matcher(KoreanAnalysis.normalize(text)).replaceFirst("");
        return DATELINE.matcher(stripped).replaceFirst("");
    }

    /** Whether a word (any case) is on the stop list. */
    boolean isStopWord(String word) {
        return stopWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The candidates of a text in order: names (runs of capitalized words, acronyms) and other content words. */
    List<Occurrence> keywords(String text) {
        String normalized = KoreanAnalysis.normalize(text);
        List<Token> tokens = tokens(normalized);
        Set<String> lowerCaseWords = tokens.stream().filter(token -> !token.capitalized()).map(Token::word)
                .collect(Collectors.toSet());
        List<Occurrence> occurrences = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (!token.capitalized()) {
                if (isContentWord(token.word())) {
                    occurrences.add(new Occurrence(List.of(token.word()), false));
                }
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            List<String> words = tokens.subList(i, end).stream().map(Token::word)
                    .collect(Collectors.toCollection(ArrayList::new));
            boolean ordinaryFirst = token.sentenceStart() && !token.acronym()
                    && lowerCaseWords.contains(token.word().toLowerCase(Locale.ROOT));
            if (ordinaryFirst || isStopWord(token.word())) {
                // A sentence's first word, written in lower case elsewhere: an ordinary word, not part of a name.
                String first = words.removeFirst().toLowerCase(Locale.ROOT);
                if (ordinaryFirst && isContentWord(first)) {
                    occurrences.add(new Occurrence(List.of(first), false));
                }
                while (!words.isEmpty() && words.getFirst().equals("of")) {
                    words.removeFirst();
                }
            }
            if (!words.isEmpty() && (words.size() > 1 || words.getFirst().length() >= 2)) {
                occurrences.add(new Occurrence(words, true));
            }
            i = end;
        }
        return occurrences;
    }

    /**
     * Capitalized words and acronyms written one after the other with nothing but a space between them, "of" allowed
     * between two of them (Bank of Korea); a stop word (The, President, Co) or a possessive ends the run.
     */
    private int runEnd(List<Token> tokens, int start) {
        int end = start + 1;
        if (isStopWord(tokens.get(start).word())) {
            return end;
        }
        while (end < tokens.size() && !tokens.get(end - 1).possessive()) {
            Token next = tokens.get(end);
            if (next.spaceBefore() && next.capitalized() && !isStopWord(next.word())) {
                end++;
            } else if (next.spaceBefore() && next.word().equals("of") && end + 1 < tokens.size()
                    && tokens.get(end + 1).spaceBefore() && tokens.get(end + 1).capitalized()
                    && !isStopWord(tokens.get(end + 1).word())) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean isContentWord(String word) {
        return word.length() >= MIN_WORD_LENGTH && !stopWords.contains(word)
                && !(word.length() > 4 && (word.endsWith("ed") || word.endsWith("ly")));
    }

    private record Token(String word, boolean capitalized, boolean acronym, boolean sentenceStart,
            boolean spaceBefore, boolean possessive) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            String word = matcher.group();
            boolean possessive = word.endsWith("'s") || word.endsWith("’s");
            if (possessive) {
                word = word.substring(0, word.length() - 2);
            }
            String gap = text.substring(previousEnd, matcher.start());
            boolean sentenceStart = tokens.isEmpty() || SENTENCE_END.matcher(gap).find();
            boolean capitalized = Character.isUpperCase(word.codePointAt(0));
            boolean acronym = word.codePoints().filter(Character::isLetter).count() >= 2
                    && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
            tokens.add(new Token(capitalized ? word : word.toLowerCase(Locale.ROOT), capitalized, acronym,
                    sentenceStart, !tokens.isEmpty() && !gap.isEmpty() && gap.isBlank() && !gap.contains("\n"),
                    possessive));
            previousEnd = matcher.end();
        }
        return tokens;
    }

    private static Set<String> loadStopWords() {
        try (var in = EnglishKeywords.class.getResourceAsStream("/text/english-stop-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("text/english-stop-words.txt is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> words = new HashSet<>();
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+"))));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
