package dev.sosik.engagement;

import java.text.Normalizer;
import java.util.regex.Pattern;

import dev.sosik.web.BadRequestException;

/** What a comment's text becomes before anything is checked or stored, and the length rule. */
final class CommentText {

    static final int MAX_LENGTH = 500;

    /** Control and invisible formatting characters (zero-width spaces, bidi overrides), never line breaks. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private CommentText() {
    }

    /** NFC, one kind of line break, no invisible characters, at most one empty line in a row, trimmed. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String unified = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        return BLANK_LINES.matcher(INVISIBLE.matcher(unified).replaceAll("")).replaceAll("\n\n").strip();
    }

    /** The normalized text, or a 400 that says what is wrong with it. */
    static String require(String text) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            throw new BadRequestException("댓글 내용을 입력해 주세요.");
        }
        if (normalized.codePointCount(0, normalized.length()) > MAX_LENGTH) {
            throw new BadRequestException("댓글은 " + MAX_LENGTH + "자까지 쓸 수 있습니다.");
        }
        return normalized;
    }
}
