package dev.sosik.search;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetScorerTests {

    private static final String[] WORDS = {"서울", "경제", "반도체", "수출", "AI"};

    /** The snippet a reader sees is chosen by these scores: they must be Lucene's, to the bit. */
    @Test
    void scoresEveryPassageAsLucenesOwnScorerDoes() {
        var random = new Random(7);
        var lucene = new PassageScorer();
        var ours = new SnippetScorer();
        for (int round = 0; round < 2_000; round++) {
            var passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            // the sentence's end is known before its matches are added, as in Lucene's highlighter
            passage.setEndOffset(start + 450 + random.nextInt(500));
            int offset = start;
            int matches = 1 + random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                // few distinct words, so that most passages repeat some, in any order
                String word = WORDS[random.nextInt(WORDS.length)];
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + word.hashCode() % 7 + 7);
                offset += word.length() + random.nextInt(30);
            }
            int contentLength = passage.getEndOffset() + random.nextInt(10_000);

            assertThat(Float.floatToIntBits(ours.score(passage, contentLength)))
                    .as("passage %s", passage)
                    .isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
        }
    }
}
