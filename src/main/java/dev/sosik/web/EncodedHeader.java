package dev.sosik.web;

import java.nio.charset.StandardCharsets;

import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * A response header as the bytes that go out. Tomcat encodes a header given as a string anew at every response
 * (a new encoder and buffer per name and per value, then a character at a time): that was a fifth of the time of
 * serving a guest's copy (docs/performance.md). A copy's headers are encoded once, when it is made.
 */
record EncodedHeader(byte[] name, byte[] value) {

    /** The Date header of the current second, as Tomcat would write it. */
    private record DateOfSecond(String text, EncodedHeader header) {
    }

    private static volatile DateOfSecond date = new DateOfSecond("", of("Date", ""));

    /**
     * Encoded as Tomcat encodes a header's string: ISO-8859-1, control characters other than a tab written as a
     * space, so that no value can end the header early.
     */
    static EncodedHeader of(String name, String value) {
        return new EncodedHeader(latin1(name), latin1(value));
    }

    /** The Date header of now: Tomcat adds none when a response has one. */
    static EncodedHeader now() {
        String text = FastHttpDateFormat.getCurrentDate();
        DateOfSecond known = date;
        if (!known.text().equals(text)) {
            known = new DateOfSecond(text, of("Date", text));
            date = known;
        }
        return known.header();
    }

    void addTo(MimeHeaders headers) {
        headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
    }

    private static byte[] latin1(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] >= 0 && bytes[i] < 0x20 && bytes[i] != '\t') || bytes[i] == 0x7f) {
                bytes[i] = ' ';
            }
        }
        return bytes;
    }
}
