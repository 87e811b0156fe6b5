package dev.sosik.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * The sentences of an article's text for its search snippets: a sentence ends after a full stop, a question or an
 * exclamation mark (with the quotes and brackets that close on it) followed by a space or the end, and at every
 * line's end; the spaces after it belong to it. That is how Korean news text is written, and found in one pass:
 * the JDK's sentence iterator, walking its rules back and forth for every match, was a quarter of a search's time
 * (docs/performance.md). A stop inside a figure (3.5%) or an address ends nothing, as there.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    /** Every boundary, in order: 0, the end of each sentence, and the text's length. */
    private int[] boundaries = {0};
    /** Index of the current boundary in {@link #boundaries}. */
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        boundaries = boundariesOf(newText);
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        var chars = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            chars.append(c);
        }
        setText(chars.toString());
    }

    @Override
    public CharacterIterator getText() {
        var iterator = new StringCharacterIterator(text);
        iterator.setIndex(current());
        return iterator;
    }

    @Override
    public int first() {
        current = 0;
        return boundaries[current];
    }

    @Override
    public int last() {
        current = boundaries.length - 1;
        return boundaries[current];
    }

    @Override
    public int next() {
        if (current == boundaries.length - 1) {
            return DONE;
        }
        return boundaries[++current];
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= boundaries.length) {
            current = target < 0 ? 0 : boundaries.length - 1;
            return DONE;
        }
        current = target;
        return boundaries[current];
    }

    @Override
    public int previous() {
        if (current == 0) {
            return DONE;
        }
        return boundaries[--current];
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        // the first boundary after the offset
        int found = Arrays.binarySearch(boundaries, offset);
        int index = found >= 0 ? found + 1 : -found - 1;
        if (index >= boundaries.length) {
            current = boundaries.length - 1;
            return DONE;
        }
        current = index;
        return boundaries[current];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        // the last boundary before the offset
        int found = Arrays.binarySearch(boundaries, offset);
        int index = (found >= 0 ? found : -found - 1) - 1;
        if (index < 0) {
            current = 0;
            return DONE;
        }
        current = index;
        return boundaries[current];
    }

    @Override
    public int current() {
        return boundaries[current];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset out of bounds: " + offset);
        }
    }

    private static int[] boundariesOf(String text) {
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i++);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if (isStop(c)) {
                int after = i;
                while (after < length && isClosing(text.charAt(after))) {
                    after++;
                }
                if (after == length || Character.isWhitespace(text.charAt(after))) {
                    end = after;
                }
            }
            if (end < 0) {
                continue;
            }
            while (end < length && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end < length) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = end;
            }
            i = end;
        }
        if (length > 0) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count + 1);
            }
            found[count++] = length;
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…' || c == '。' || c == '？' || c == '！';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '」' || c == '』'
                || c == '》' || c == '〉';
    }
}
