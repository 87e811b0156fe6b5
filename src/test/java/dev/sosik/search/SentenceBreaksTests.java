package dev.sosik.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceBreaksTests {

    /** Written like a news article: figures, a quotation, a question, a paragraph's end, a caption. */
    private static final String NEWS = "정부가 반도체 수출이 3.5% 늘었다고 밝혔다. 업계는 \"기대 이상이다.\" 라고 평가했다. "
            + "왜 그랬을까? 놀랍다!\n다음 문단이다. 끝(사진).  마지막 문장";

    @Test
    void findsTheSentencesTheJdksSentenceIteratorFindsInNewsText() {
        var jdk = BreakIterator.getSentenceInstance(Locale.KOREAN);
        jdk.setText(NEWS);
        var ours = new SentenceBreaks();
        ours.setText(NEWS);

        assertThat(forward(ours)).isEqualTo(forward(jdk)).hasSize(9);
        for (int offset = 0; offset <= NEWS.length(); offset++) {
            assertThat(ours.following(offset)).as("following %d", offset).isEqualTo(jdk.following(offset));
            assertThat(ours.current()).isEqualTo(jdk.current());
            assertThat(ours.preceding(offset)).as("preceding %d", offset).isEqualTo(jdk.preceding(offset));
            assertThat(ours.current()).isEqualTo(jdk.current());
        }
    }

    @Test
    void aStopInsideAFigureOrAWordEndsNoSentence() {
        var breaks = new SentenceBreaks();
        breaks.setText("금리는 3.25%로 동결됐다. 자세한 내용은 sosik.dev에서 본다");

        assertThat(forward(breaks)).containsExactly(0, 17, 39);
    }

    @Test
    void walksBackAndForthAndStopsAtBothEnds() {
        var breaks = new SentenceBreaks();
        breaks.setText("첫 문장이다. 둘째 문장이다.");

        assertThat(breaks.last()).isEqualTo(16);
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.previous()).isEqualTo(8);
        assertThat(breaks.previous()).isZero();
        assertThat(breaks.previous()).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.next(2)).isEqualTo(16);
        assertThat(breaks.isBoundary(8)).isTrue();
        assertThat(breaks.isBoundary(9)).isFalse();
        assertThat(breaks.current()).isEqualTo(16);

        breaks.setText("");
        assertThat(forward(breaks)).containsExactly(0);
    }

    private static List<Integer> forward(BreakIterator breaks) {
        List<Integer> found = new ArrayList<>();
        for (int at = breaks.first(); at != BreakIterator.DONE; at = breaks.next()) {
            found.add(at);
        }
        return found;
    }
}
