package dev.sosik.search;

import java.util.Iterator;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Terms already counted, as a token stream that repeats each term its count times (so the index keeps the count). */
final class CountedTerms extends TokenStream {

    private final Map<String, Integer> counts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private Iterator<Map.Entry<String, Integer>> entries;
    private Map.Entry<String, Integer> current;
    private int left;

    CountedTerms(Map<String, Integer> counts) {
        this.counts = counts;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        entries = counts.entrySet().iterator();
        left = 0;
    }

    @Override
    public boolean incrementToken() {
        while (left == 0) {
            if (!entries.hasNext()) {
                return false;
            }
            current = entries.next();
            left = current.getValue();
        }
        clearAttributes();
        term.setEmpty().append(current.getKey());
        left--;
        return true;
    }
}
