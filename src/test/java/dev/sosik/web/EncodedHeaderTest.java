package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;
import org.junit.jupiter.api.Test;

/** A copy's headers go out as bytes encoded once, as Tomcat would have encoded their strings. */
class EncodedHeaderTest {

    @Test
    void aHeaderGoesOutAsTomcatWouldWriteItsString() {
        var headers = new MimeHeaders();
        EncodedHeader.of("Content-Language", "ko").addTo(headers);
        assertThat(headers.getHeader("content-language")).isEqualTo("ko");
    }

    @Test
    void noValueCanEndItsHeaderEarly() {
        var headers = new MimeHeaders();
        EncodedHeader.of("X-Note", "a\r\nSet-Cookie: b=1\ttab").addTo(headers);
        assertThat(headers.getHeader("X-Note")).isEqualTo("a  Set-Cookie: b=1\ttab");
        assertThat(headers.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void theDateIsTheCurrentSecondsAsTomcatFormatsIt() {
        var headers = new MimeHeaders();
        EncodedHeader.now().addTo(headers);
        String written = headers.getHeader("Date");
        // the second may turn between the two readings
        assertThat(written).isIn(FastHttpDateFormat.getCurrentDate(),
                FastHttpDateFormat.formatDate(System.currentTimeMillis() - 1000));
        assertThat(written).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    }
}
