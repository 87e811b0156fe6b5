package dev.sosik.ingest.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes fetched pages and feeds. Korean sites still serve EUC-KR, often while writing characters that only its
 * Microsoft superset MS949 has, so every Korean legacy name decodes with MS949 (Java's {@code x-windows-949}).
 *
 * <p>Order of trust: the charset parameter of the HTTP Content-Type header, a byte-order mark, the encoding of an
 * XML declaration, a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first 4 KB, then
 * UTF-8. A name that is unknown or illegal is ignored and the next source is asked.
 */
public final class Charsets {

    private static final Charset MS949 = Charset.forName("x-windows-949");
    private static final int SNIFF_BYTES = 4096;

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern META_TAG = Pattern.compile("(?is)<meta\\b[^>]*>");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([^\"'\\s;/>]+)");

    private Charsets() {
    }

    public static String decode(byte[] body, String contentTypeHeader) {
        Charset charset = detect(body, contentTypeHeader);
        int bom = bomLength(body, charset);
        return new String(body, bom, body.length - bom, charset);
    }

    public static Charset detect(byte[] body, String contentTypeHeader) {
        return fromHeader(contentTypeHeader)
                .or(() -> fromBom(body))
                .or(() -> fromDeclaration(body))
                .orElse(StandardCharsets.UTF_8);
    }

    private static Optional<Charset> fromHeader(String contentTypeHeader) {
        if (contentTypeHeader == null) {
            return Optional.empty();
        }
        Matcher matcher = HEADER_CHARSET.matcher(contentTypeHeader);
        return matcher.find() ? named(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Charset> fromBom(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** The XML declaration first (feeds), then the meta tags of an HTML head; both are ASCII in any sane page. */
    private static Optional<Charset> fromDeclaration(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.US_ASCII);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Optional<Charset> declared = named(xml.group(1));
            if (declared.isPresent()) {
                return declared;
            }
        }
        Matcher meta = META_TAG.matcher(head);
        while (meta.find()) {
            Matcher charset = META_CHARSET.matcher(meta.group());
            if (charset.find()) {
                Optional<Charset> declared = named(charset.group(1));
                if (declared.isPresent()) {
                    return declared;
                }
            }
        }
        return Optional.empty();
    }

    /** A charset by name, with every Korean legacy name mapped to MS949; empty when the name means nothing. */
    static Optional<Charset> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.equals("euc-kr") || key.equals("euckr") || key.equals("ks_c_5601-1987") || key.equals("ksc5601")
                || key.equals("ks_c_5601") || key.equals("cp949") || key.equals("ms949") || key.equals("windows-949")
                || key.equals("x-windows-949") || key.equals("uhc")) {
            return Optional.of(MS949);
        }
        try {
            return Optional.of(Charset.forName(key));
        } catch (IllegalArgumentException unknownOrIllegal) {
            return Optional.empty();
        }
    }

    /** The mark is not text: it is skipped when it matches the charset in use (a header may override it). */
    private static int bomLength(byte[] body, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((charset.equals(StandardCharsets.UTF_16BE) && startsWith(body, 0xFE, 0xFF))
                || (charset.equals(StandardCharsets.UTF_16LE) && startsWith(body, 0xFF, 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
