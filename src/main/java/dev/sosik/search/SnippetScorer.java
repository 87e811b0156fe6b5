package dev.sosik.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25-like, with its default constants), found without a hash of the passage's terms:
 * Lucene's own made one for every sentence holding a match, and its 32 KiB of blocks were a sixth of a snippet's
 * time (docs/performance.md). A sentence holds a few matches, so its distinct terms are found by looking back; the
 * terms are summed in the order they first appear, as Lucene does, so that every score is the same to the bit.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] inDoc = passage.getMatchTermFreqsInDoc();
        double score = 0d;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int index) {
        for (int i = 0; i < index; i++) {
            if (terms[i].bytesEquals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}
