package dev.sosik.ingest.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporter bylines as Korean and Korean-English news print them: {@code 홍길동 기자 hong@press.co.kr},
 * {@code (서울=연합뉴스) 홍길동 기자 =}, {@code [홍길동 기자]}, {@code (SBS연예뉴스 홍길동 기자)},
 * {@code YTN 홍길동 (hong@ytn.co.kr)}, {@code By Hong Gil-dong}, {@code Reporter Hong Gil-dong}.
 */
public final class Bylines {

    /** A reporter's name and e-mail address, either of which may be null. */
    record Byline(String name, String email) {
    }

    /** Longer than this, a line is a sentence that happens to name a reporter. */
    private static final int BYLINE_LINE = 80;
    private static final String NAME = "[가-힣]{2,4}";
    private static final String NAMES = "(?<name>" + NAME + "(?:\\s*[·,]\\s*" + NAME + ")*)";
    private static final String ROLE = "(?:선임기자|수석기자|전문기자|수습기자|인턴기자|객원기자|기자|특파원|에디터|논설위원|"
            + "칼럼니스트|리포터|앵커|PD|pd)";
    private static final String EMAIL = "(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})";
    /** A press or desk before the name, as in {@code SBS연예뉴스 홍길동 기자}; never a photo or video credit. */
    private static final String PRESS = "(?:(?!사진|영상|그래픽|자료|화면|출처|취재|편집|촬영)[^\\s\\[\\]()=:]{1,20}\\s+){0,2}";
    private static final String ENGLISH_NAME = "(?<name>[A-Z][a-zA-Z'.-]+(?:\\s+[A-Z][a-zA-Z'.-]+){1,3})";

    /** {@code (서울=연합뉴스) 홍길동 기자 =} opening the lead paragraph. */
    private static final Pattern DATELINE =
            Pattern.compile("^\\s*[(\\[][^()\\[\\]=]{1,20}=[^()\\[\\]]{1,20}[)\\]]\\s*" + NAMES + "\\s*" + ROLE
                    + "\\s*(?:" + EMAIL + "\\s*)?=\\s*");
    private static final Pattern PRESS_NAME_EMAIL =
            Pattern.compile("^" + PRESS + NAMES + "\\s*[(<\\[]\\s*" + EMAIL + "\\s*[)>\\]]$");
    private static final List<Pattern> WHOLE_LINES = List.of(
            // [홍길동 기자], (SBS연예뉴스 홍길동 기자), 홍길동 기자, 홍길동 기자 hong@press.co.kr
            Pattern.compile("^[\\[(]?\\s*" + PRESS + NAMES + "\\s*" + ROLE
                    + "\\s*(?:[(<\\[]?\\s*" + EMAIL + "\\s*[)>\\]]?)?\\s*[\\])]?$"),
            // YTN 홍길동 (hong@ytn.co.kr)
            PRESS_NAME_EMAIL,
            // hong@press.co.kr alone on its line, as articles end
            Pattern.compile("^[(<\\[]?\\s*" + EMAIL + "\\s*[)>\\]]?$"),
            // By Hong Gil-dong, Reporter Hong Gil-dong
            Pattern.compile("^(?:By|BY|Reporter)\\s+" + ENGLISH_NAME + "$"));
    private static final Pattern NAMED = Pattern.compile("(?<![가-힣])" + NAMES + "\\s*" + ROLE + "(?![가-힣])");
    private static final Pattern ENGLISH = Pattern.compile("(?:^|\\s)(?:By|BY|Reporter)\\s+" + ENGLISH_NAME);
    private static final Pattern ANY_EMAIL = Pattern.compile(EMAIL);
    private static final Pattern ROLE_SUFFIX = Pattern.compile("\\s*" + ROLE + "$");

    private Bylines() {
    }

    /** Whether the whole line is a byline (and so belongs to the author, not to the article's text). */
    static boolean isBylineLine(String line) {
        String stripped = line.strip();
        return stripped.length() <= BYLINE_LINE
                && WHOLE_LINES.stream().anyMatch(form -> form.matcher(stripped).matches());
    }

    /** The byline a line of text carries: {@code 홍길동 기자}, an e-mail, {@code By ...}; empty when it has none. */
    static Optional<Byline> find(String text) {
        String line = text.strip();
        Optional<Byline> dateline = dateline(line);
        if (dateline.isPresent()) {
            return dateline;
        }
        Matcher pressNameEmail = PRESS_NAME_EMAIL.matcher(line);
        if (pressNameEmail.matches()) {
            return Optional.of(new Byline(pressNameEmail.group("name"), pressNameEmail.group("email")));
        }
        String email = null;
        Matcher anyEmail = ANY_EMAIL.matcher(line);
        if (anyEmail.find()) {
            email = anyEmail.group("email");
        }
        Matcher named = NAMED.matcher(line);
        if (named.find()) {
            return Optional.of(new Byline(named.group("name"), email));
        }
        Matcher english = ENGLISH.matcher(line);
        if (english.find()) {
            return Optional.of(new Byline(english.group("name"), email));
        }
        return email == null ? Optional.empty() : Optional.of(new Byline(null, email));
    }

    /** The reporter of a lead paragraph opening with {@code (서울=연합뉴스) 홍길동 기자 =}. */
    static Optional<Byline> dateline(String paragraph) {
        Matcher dateline = DATELINE.matcher(paragraph);
        return dateline.find() ? Optional.of(new Byline(dateline.group("name"), dateline.group("email")))
                : Optional.empty();
    }

    /** The lead paragraph without its {@code (서울=연합뉴스) 홍길동 기자 =} opening. */
    static String withoutDateline(String paragraph) {
        return DATELINE.matcher(paragraph).replaceFirst("");
    }

    /** {@code 홍길동 기자} as {@code 홍길동}: the title is the page's wording, the name is what we keep. */
    public static String withoutRole(String name) {
        return ROLE_SUFFIX.matcher(name.strip()).replaceFirst("").strip();
    }
}
