package dev.sosik.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

import dev.sosik.ingest.extract.BodyReader.Block;
import dev.sosik.ingest.extract.BodyReader.Figure;
import dev.sosik.ingest.extract.BodyReader.Line;
import dev.sosik.ingest.extract.Bylines.Byline;

/**
 * The article's own text, once the lines of the body container that are not article are taken out: the byline
 * (kept as the byline), copyright lines (the press's own is kept as the copyright, other presses' are dropped), the
 * headline and date lines repeated in the container, and tip-off, subscription and contact boxes.
 */
final class ArticleBody {

    /** {@code [전화] 02-...}, {@code [메일] ...}, {@code 이메일: ...}: the contact lines of a tip-off box. */
    private static final Pattern CONTACT = Pattern.compile("^[※▶☞►▷■□●◆◇★☆-]?\\s*\\[?(?:전화|메일|이메일|e-?mail|팩스|"
            + "카카오톡|카톡|(?:뉴스)?홈페이지|문자|인터넷|유튜브|페이스북|인스타그램)\\s*(?:]|[:：])", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMOTION = Pattern.compile("제보|구독|채널\\s*추가|카카오톡|앱\\s*(?:설치|다운)|뉴스레터|"
            + "바로\\s*가기|원문\\s*보기|많이\\s*본|(?i:subscribe|newsletter)");
    private static final Pattern MARKER = Pattern.compile("^[※▶☞►▷■□●◆◇★☆]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?:다|요|죠|\\.)[.!?\"'”’」』)]*$");
    /** Longer than this, a line that mentions a tip-off or a subscription is article text. */
    private static final int PROMOTION_LINE = 60;

    private final List<Block> blocks = new ArrayList<>();
    private String author;
    private String email;
    private String copyright;

    private ArticleBody() {
    }

    /**
     * @param title      the headline, dropped where the container repeats it
     * @param pressNames the names the press goes by (site name, publisher, host), to tell its copyright line
     */
    static ArticleBody of(List<Block> read, String title, Set<String> pressNames) {
        ArticleBody body = new ArticleBody();
        CopyrightLines copyrights = new CopyrightLines(pressNames);
        boolean leadSeen = false;
        String named = null;
        String trailing = null;
        for (Block block : read) {
            if (block instanceof Figure) {
                body.blocks.add(block);
                continue;
            }
            String text = ((Line) block).text();
            if (text.equals(title) || KoreanDates.isDateLine(text) || isPromotion(text)) {
                continue;
            }
            if (CopyrightLines.isCopyright(text)) {
                // Another press's line comes with a quoted article or a related block and is dropped. A line
                // naming no press we know is the press's own only if the article ends with it.
                if (named == null && copyrights.isOwn(text)) {
                    named = text;
                }
                trailing = text;
                continue;
            }
            if (Bylines.isBylineLine(text)) {
                Bylines.find(text).ifPresent(body::credit);
                continue;
            }
            if (!leadSeen) {
                Bylines.dateline(text).ifPresent(body::credit);
                text = Bylines.withoutDateline(text);
                leadSeen = true;
            }
            body.blocks.add(new Line(text));
            trailing = null;
        }
        body.copyright = named != null ? named : trailing;
        return body;
    }

    List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Line line) {
                paragraphs.add(line.text());
            }
        }
        return paragraphs;
    }

    /** Paragraphs and figures as HTML, to be sanitized before anyone sees it. */
    String html() {
        StringBuilder html = new StringBuilder();
        for (Block block : blocks) {
            switch (block) {
                case Line line -> html.append("<p>").append(Entities.escape(line.text())).append("</p>");
                case Figure figure -> {
                    html.append("<figure><img src=\"").append(Entities.escape(figure.src())).append("\" alt=\"")
                            .append(Entities.escape(figure.alt())).append("\">");
                    if (!figure.caption().isEmpty()) {
                        html.append("<figcaption>").append(Entities.escape(figure.caption())).append("</figcaption>");
                    }
                    html.append("</figure>");
                }
            }
        }
        return html.toString();
    }

    String author() {
        return author;
    }

    String email() {
        return email;
    }

    String copyright() {
        return copyright;
    }

    private void credit(Byline byline) {
        if (author == null && byline.name() != null) {
            author = byline.name();
        }
        if (email == null && byline.email() != null) {
            email = byline.email();
        }
    }

    private static boolean isPromotion(String line) {
        if (CONTACT.matcher(line).find()) {
            return true;
        }
        if (line.length() > PROMOTION_LINE || !PROMOTION.matcher(line).find()) {
            return false;
        }
        return MARKER.matcher(line).find() || !SENTENCE_END.matcher(line).find();
    }
}
