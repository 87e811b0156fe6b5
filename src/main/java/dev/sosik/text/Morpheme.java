package dev.sosik.text;

import org.apache.lucene.analysis.ko.POS;

/**
 * One token as Nori produced it: its surface text, its part of speech, where it sits in the normalized text, and its
 * position increment (0 for the parts Nori adds after a compound in mixed mode).
 */
record Morpheme(String text, POS.Tag tag, int start, int end, int positionIncrement) {

    boolean touches(Morpheme next) {
        return end == next.start;
    }
}
