package dev.sosik.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The search chain's side of {@link LatinTokens}: joins R, &amp;, D back into R&amp;D in a Nori token stream that still
 * carries its punctuation, then drops the punctuation and spaces as Nori would have (without a position gap, so phrase
 * queries behave as before). It reads the whole field first (news texts are short) because a run can only be judged
 * once it has ended; the joined token keeps the attributes of its first part (SL or SN, both searchable).
 */
final class LatinJoiningFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    private final List<State> states = new ArrayList<>();
    private final List<Morpheme> morphemes = new ArrayList<>();
    private List<LatinTokens.Span> spans;
    private int next;

    LatinJoiningFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (spans == null) {
            while (input.incrementToken()) {
                states.add(captureState());
                morphemes.add(new Morpheme(term.toString(), partOfSpeech.getLeftPOS(), offset.startOffset(),
                        offset.endOffset(), positionIncrement.getPositionIncrement()));
            }
            spans = LatinTokens.spans(morphemes);
        }
        while (next < spans.size() && isPunctuation(spans.get(next))) {
            next++;
        }
        if (next == spans.size()) {
            return false;
        }
        LatinTokens.Span span = spans.get(next++);
        restoreState(states.get(span.first()));
        if (span.joined()) {
            Morpheme joined = LatinTokens.merge(morphemes, span);
            term.setEmpty().append(joined.text());
            offset.setOffset(joined.start(), joined.end());
        }
        return true;
    }

    private boolean isPunctuation(LatinTokens.Span span) {
        return !span.joined() && morphemes.get(span.first()).text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        states.clear();
        morphemes.clear();
        spans = null;
        next = 0;
    }
}
