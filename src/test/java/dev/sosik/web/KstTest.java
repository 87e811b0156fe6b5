package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class KstTest {

    @Test
    void timesAreShownInKoreaStandardTimeAsPortalsPrintThem() {
        var utc = OffsetDateTime.parse("2025-03-06T02:15:59Z");

        assertThat(Kst.dateTime(utc)).isEqualTo("2025.03.06 11:15");
        assertThat(Kst.iso(utc)).isEqualTo("2025-03-06T11:15:59+09:00");
    }

    @Test
    void aLateEveningInUtcIsTheNextDayInKorea() {
        assertThat(Kst.dateTime(OffsetDateTime.parse("2025-03-06T20:00:00Z"))).isEqualTo("2025.03.07 05:00");
    }
}
