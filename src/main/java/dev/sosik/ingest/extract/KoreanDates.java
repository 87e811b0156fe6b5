package dev.sosik.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as Korean news pages print them: {@code 입력 2025.03.06 11:15}, {@code 2025-03-06 11:15:30},
 * {@code 기사입력 2023.04.20. 오후 1:55}, {@code 2023년 4월 20일 13시 55분}, ISO-8601, and the English
 * {@code 14:18 April 19, 2023}. A time without an offset is Korea Standard Time, which has had no daylight saving
 * since 1988.
 */
final class KoreanDates {

    private static final ZoneOffset KST = ZoneOffset.ofHours(9);

    enum Label {
        PUBLISHED("기사입력|최초입력|입력|등록|작성|게재|승인|발행|송고|Published|Posted|Created"),
        UPDATED("최종수정|기사수정|수정|업데이트|갱신|Updated|Modified");

        private final Pattern pattern;

        Label(String words) {
            // The label, an optional colon or bracket, then the time within a few characters.
            pattern = Pattern.compile("(?i)(?:" + words + ")\\s*(?:일시|시간|일)?\\s*[:：\\]]?\\s*");
        }
    }

    private static final String TIME = "(?:[\\sT(]*(?<ampm>오전|오후|AM|PM|am|pm|a\\.m\\.|p\\.m\\.)?\\s*"
            + "(?<h>\\d{1,2})\\s*(?::|시)\\s*(?<mi>\\d{2})(?:\\s*(?::|분)\\s*(?<s>\\d{2})(?:\\.\\d{1,9})?)?\\s*(?:분|초)?"
            + "\\s*(?<ampm2>AM|PM|am|pm|a\\.m\\.|p\\.m\\.)?\\)?\\s*(?<zone>Z|[+-]\\d{2}:?\\d{2}|KST)?)?";

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(?<y>(?:19|20)\\d{2})\\s*(?:[-./]|년)\\s*"
            + "(?<mo>\\d{1,2})\\s*(?:[-./]|월)\\s*(?<d>\\d{1,2})(?!\\d)\\s*(?:일)?\\.?"
            + "(?:\\s*\\(?[월화수목금토일]\\)?(?:요일)?)?" + TIME);

    private static final String MONTH = "\\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ENGLISH_TIME_FIRST = Pattern.compile("(?<h>\\d{1,2}):(?<mi>\\d{2})\\s*"
            + "(?<ampm>AM|PM|am|pm)?\\s+" + MONTH + "\\s+(?<d>\\d{1,2}),?\\s+(?<y>(?:19|20)\\d{2})");
    private static final Pattern ENGLISH_DATE_FIRST = Pattern.compile(MONTH + "\\s+(?<d>\\d{1,2}),?\\s+"
            + "(?<y>(?:19|20)\\d{2})(?:,?\\s+(?<h>\\d{1,2}):(?<mi>\\d{2})\\s*(?<ampm>AM|PM|am|pm)?)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern[] FORMATS = {NUMERIC, ENGLISH_TIME_FIRST, ENGLISH_DATE_FIRST};

    /** What a date line such as {@code 입력 2023.04.07 (19:13) | 수정 2023.04.07 (19:43)} has besides its times. */
    private static final Pattern LEFTOVER_OF_DATE_LINE =
            Pattern.compile("(?i)[\\s|·:：/()\\[\\]]|기사|최초|최종|입력|수정|등록|작성|승인|송고|업데이트|일시|시간"
                    + "|published|posted|updated|modified|last");
    /** A date line may also print a word or two, such as the section. */
    private static final int DATE_LINE_LEFTOVER = 8;

    private KoreanDates() {
    }

    /** The first time in the text, whatever surrounds it. */
    static Optional<OffsetDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return find(text).map(Found::time);
    }

    /** The time right after the first label of the kind ({@code 입력}, {@code 수정}...) that is followed by one. */
    static Optional<OffsetDateTime> labeled(String text, Label label) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = label.pattern.matcher(text);
        while (matcher.find()) {
            Optional<OffsetDateTime> time = startingAt(text, matcher.end());
            if (time.isPresent()) {
                return time;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a line of text says nothing but when the article was published or updated: labelled times and at
     * most a word or two beside them (the section, say), or times alone.
     */
    static boolean isDateLine(String line) {
        if (find(line).isEmpty()) {
            return false;
        }
        String rest = line;
        for (Pattern format : FORMATS) {
            rest = format.matcher(rest).replaceAll("");
        }
        int leftover = LEFTOVER_OF_DATE_LINE.matcher(rest).replaceAll("").length();
        boolean labelled = labeled(line, Label.PUBLISHED).isPresent() || labeled(line, Label.UPDATED).isPresent();
        return leftover == 0 || labelled && leftover <= DATE_LINE_LEFTOVER;
    }

    private record Found(OffsetDateTime time, int start) {
    }

    private static Optional<OffsetDateTime> startingAt(String text, int index) {
        for (Pattern pattern : FORMATS) {
            Matcher matcher = pattern.matcher(text).region(index, text.length()).useTransparentBounds(true);
            if (matcher.lookingAt()) {
                Optional<OffsetDateTime> time = time(matcher, pattern != NUMERIC);
                if (time.isPresent()) {
                    return time;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern pattern : FORMATS) {
            Matcher matcher = pattern.matcher(text);
            int at = 0;
            while (matcher.find(at)) {
                Optional<OffsetDateTime> time = time(matcher, pattern != NUMERIC);
                if (time.isPresent()) {
                    if (best == null || matcher.start() < best.start()) {
                        best = new Found(time.get(), matcher.start());
                    }
                    break;
                }
                at = matcher.start() + 1;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<OffsetDateTime> time(Matcher matcher, boolean english) {
        try {
            int month = english ? MONTHS.get(matcher.group("mon").substring(0, 3).toLowerCase(Locale.ROOT))
                    : Integer.parseInt(matcher.group("mo"));
            int hour = matcher.group("h") == null ? 0 : Integer.parseInt(matcher.group("h"));
            int minute = matcher.group("mi") == null ? 0 : Integer.parseInt(matcher.group("mi"));
            int second = !english && matcher.group("s") != null ? Integer.parseInt(matcher.group("s")) : 0;
            String ampm = matcher.group("ampm");
            if (ampm == null && !english) {
                ampm = matcher.group("ampm2");
            }
            hour = twentyFourHour(hour, ampm);
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(matcher.group("y")), month,
                    Integer.parseInt(matcher.group("d")), hour, minute, second);
            String zone = english ? null : matcher.group("zone");
            return Optional.of(local.atOffset(offset(zone)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // digits that look like a date but are none, such as 2023.13.45
        }
    }

    private static int twentyFourHour(int hour, String ampm) {
        if (ampm == null) {
            return hour;
        }
        boolean afternoon = ampm.equals("오후") || ampm.toLowerCase(Locale.ROOT).startsWith("p");
        if (afternoon && hour < 12) {
            return hour + 12;
        }
        if (!afternoon && hour == 12) {
            return 0;
        }
        return hour;
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equals("KST")) {
            return KST;
        }
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                Integer.parseInt(digits.charAt(0) + digits.substring(3)));
    }
}
