package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

import gg.jte.output.Utf8ByteOutput;
import org.junit.jupiter.api.Test;

class PageBytesTest {

    private static final byte[] SHARED = "<ol>".concat("<li>주요뉴스 한 줄</li>".repeat(40)).concat("</ol>")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aPageIsTheSameBytesJteWritesAndKeepsLongSharedArraysOnlyByReference() {
        var page = new PageBytes.Writer();
        var jte = new Utf8ByteOutput();
        for (var output : new gg.jte.TemplateOutput[] {page, jte}) {
            output.writeContent("<p>소식 · 뉴스 €100 😀 ");
            output.writeContent("앞뒤가 잘린 글자", 1, 6);
            output.writeBinaryContent("<br>".getBytes(StandardCharsets.UTF_8));
            output.writeBinaryContent(SHARED);
            output.writeContent("끝</p>");
        }
        PageBytes written = page.page();

        assertThat(written.toByteArray()).isEqualTo(jte.toByteArray());
        assertThat(written.length()).isEqualTo(jte.getContentLength());
        assertThat(written.ownLength()).isEqualTo(jte.getContentLength() - SHARED.length);
        var fromPage = new CRC32C();
        written.update(fromPage);
        var fromBytes = new CRC32C();
        fromBytes.update(jte.toByteArray());
        assertThat(fromPage.getValue()).isEqualTo(fromBytes.getValue());
    }

    @Test
    void aLoneSurrogateIsWrittenAsAQuestionMark() {
        var page = new PageBytes.Writer();
        page.writeContent("가\uD800나");
        assertThat(new String(page.page().toByteArray(), StandardCharsets.UTF_8)).isEqualTo("가?나");
    }

    @Test
    void aPageLongerThanTheFirstBufferGrows() {
        var page = new PageBytes.Writer();
        String text = "한국어 문단입니다. ".repeat(5_000);
        page.writeContent(text);
        assertThat(new String(page.page().toByteArray(), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
