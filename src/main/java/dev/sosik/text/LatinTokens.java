package dev.sosik.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.ko.POS;

/**
 * Puts back together the Latin and mixed tokens Nori splits at every change of character class: {@code R&D} comes out
 * of Nori as R, &amp;, D; {@code 5G} as 5, G; {@code COVID-19} as COVID, -, 19; {@code K-뷰티} as K, -, 뷰티. A run of
 * touching Latin letters and digits, joined directly or by one of {@code & - . +}, becomes one token when it holds at
 * least one Latin letter (so 3.00 stays a pair of numbers), and a Latin run followed by a hyphen and a Korean noun
 * (K-뷰티) too.
 */
final class LatinTokens {

    /** Consecutive morphemes {@code [first, end)} that make one token. */
    record Span(int first, int end) {

        boolean joined() {
            return end - first > 1;
        }
    }

    private static final Set<String> JOINERS = Set.of("&", "-", ".", "+");

    private LatinTokens() {
    }

    /** The tokens of a morpheme sequence: every morpheme alone except the Latin runs, joined. */
    static List<Span> spans(List<Morpheme> morphemes) {
        List<Span> spans = new ArrayList<>(morphemes.size());
        int i = 0;
        while (i < morphemes.size()) {
            int end = latinRunEnd(morphemes, i);
            if (end - i > 1 && hasLatinLetter(morphemes, i, end)) {
                spans.add(new Span(i, end));
                i = end;
            } else {
                spans.add(new Span(i, i + 1));
                i++;
            }
        }
        return spans;
    }

    /** The morphemes with the Latin runs joined into one morpheme tagged as foreign (SL). */
    static List<Morpheme> joined(List<Morpheme> morphemes) {
        List<Morpheme> joined = new ArrayList<>(morphemes.size());
        for (Span span : spans(morphemes)) {
            joined.add(span.joined() ? merge(morphemes, span) : morphemes.get(span.first()));
        }
        return joined;
    }

    static Morpheme merge(List<Morpheme> morphemes, Span span) {
        var text = new StringBuilder();
        for (int i = span.first(); i < span.end(); i++) {
            text.append(morphemes.get(i).text());
        }
        Morpheme first = morphemes.get(span.first());
        return new Morpheme(text.toString(), POS.Tag.SL, first.start(), morphemes.get(span.end() - 1).end(),
                first.positionIncrement());
    }

    private static int latinRunEnd(List<Morpheme> morphemes, int start) {
        if (!isAlphanumeric(morphemes.get(start))) {
            return start + 1;
        }
        int end = start + 1;
        while (end < morphemes.size() && morphemes.get(end - 1).touches(morphemes.get(end))) {
            Morpheme next = morphemes.get(end);
            if (isAlphanumeric(next)) {
                end++;
            } else if (next.tag() == POS.Tag.SY && JOINERS.contains(next.text()) && end + 1 < morphemes.size()
                    && next.touches(morphemes.get(end + 1)) && joinsAfter(next, morphemes.get(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean joinsAfter(Morpheme joiner, Morpheme next) {
        return isAlphanumeric(next)
                || joiner.text().equals("-") && (next.tag() == POS.Tag.NNG || next.tag() == POS.Tag.NNP);
    }

    private static boolean isAlphanumeric(Morpheme morpheme) {
        return morpheme.positionIncrement() > 0 && (morpheme.tag() == POS.Tag.SL || morpheme.tag() == POS.Tag.SN);
    }

    private static boolean hasLatinLetter(List<Morpheme> morphemes, int first, int end) {
        for (int i = first; i < end; i++) {
            if (morphemes.get(i).tag() == POS.Tag.SL) {
                return true;
            }
        }
        return false;
    }
}
