package dev.sosik.web;

import java.nio.charset.StandardCharsets;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Trusted HTML (sanitized before it was stored) encoded to UTF-8 once and written into pages as bytes: an article
 * body kept in memory is put into every page that shows it, and encoding it each time was a twentieth of an
 * uncached article page.
 */
public final class EncodedHtml implements Content {

    private final byte[] utf8;

    public EncodedHtml(String html) {
        this(html.getBytes(StandardCharsets.UTF_8));
    }

    /** HTML already encoded, such as a template rendered once for many pages; the array must not change. */
    public EncodedHtml(byte[] utf8) {
        this.utf8 = utf8;
    }

    public int length() {
        return utf8.length;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(utf8);
    }
}
