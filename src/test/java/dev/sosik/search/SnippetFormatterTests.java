package dev.sosik.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetFormatterTests {

    private final SnippetFormatter formatter = new SnippetFormatter();

    @Test
    void marksOverlappingAndTouchingMatchesAsOneRunAndEscapesTheText() {
        String content = "주민설명회 <공지> & 일정. 다음 문장.";
        var passage = passage(0, 17, new int[][] {{0, 2}, {2, 5}, {2, 4}, {7, 9}});

        assertThat(formatter.format(new Passage[] {passage}, content))
                .isEqualTo("<mark>주민설명회</mark> &lt;<mark>공지</mark>&gt; &amp; 일정. ");
    }

    @Test
    void joinsPassagesApartWithAnEllipsis() {
        String content = "첫 문장이다. 둘째 문장이다. 셋째 문장이다.";

        assertThat(formatter.format(new Passage[] {passage(0, 8, new int[][] {{0, 1}}),
                passage(17, 25, new int[][] {{17, 19}})}, content))
                .isEqualTo("<mark>첫</mark> 문장이다. …<mark>셋째</mark> 문장이다.");
    }

    private static Passage passage(int start, int end, int[][] matches) {
        var passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int[] match : matches) {
            passage.addMatch(match[0], match[1], new BytesRef("어휘"), 1);
        }
        return passage;
    }
}
