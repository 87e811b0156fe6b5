package dev.sosik.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * A snippet as HTML: the passages' text escaped, passages apart joined by "…", and each run of matched words in
 * one {@code <mark>}. Matches that overlap or touch are one run: the analyzer splits a compound such as 설명회 into
 * parts that match apart, and marking each part cut the word in pieces.
 */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public String format(Passage[] passages, String content) {
        var html = new StringBuilder();
        int written = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > written && written > 0) {
                html.append('…');
            }
            written = passage.getStartOffset();
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            // the matches come in the order they start
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(starts[i], written);
                int end = ends[i];
                while (i + 1 < passage.getNumMatches() && starts[i + 1] <= end) {
                    end = Math.max(end, ends[++i]);
                }
                if (end <= start) {
                    continue;
                }
                escape(html, content, written, start);
                html.append("<mark>");
                escape(html, content, start, end);
                html.append("</mark>");
                written = end;
            }
            escape(html, content, written, passage.getEndOffset());
            written = Math.max(written, passage.getEndOffset());
        }
        return html.toString();
    }

    private static void escape(StringBuilder html, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
