package dev.sosik.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times are stored in UTC and shown to readers in Korea Standard Time. */
public final class Kst {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm");

    private Kst() {
    }

    /** {@code 2025.03.06 11:15}, as Korean portals print 입력 and 수정 times. */
    public static String dateTime(OffsetDateTime time) {
        return DATE_TIME.format(time.atZoneSameInstant(ZONE));
    }

    /** ISO-8601 with the +09:00 offset and seconds, for machine-readable page metadata. */
    public static String iso(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offset(time));
    }

    /** The same instant with the +09:00 offset, for the API. */
    public static OffsetDateTime offset(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
