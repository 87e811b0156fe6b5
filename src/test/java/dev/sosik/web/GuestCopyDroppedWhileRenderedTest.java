package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

/**
 * A page whose content changes while it is being rendered shows what was there before: such a render must not
 * become the copy guests are served for the next minute.
 */
class GuestCopyDroppedWhileRenderedTest {

    private static final String PATH = "/articles/7";

    private final GuestPageCache cache = new GuestPageCache(new Guests("SESSION"), Duration.ofSeconds(5),
            Duration.ofMinutes(1), 1 << 20);
    private final AtomicInteger renders = new AtomicInteger();

    @Test
    void aPageRenderedAcrossAChangeIsNotKeptButTheNextRenderIs() throws Exception {
        assertThat(visit(() -> cache.forget(PATH))).isEqualTo("판 1");
        assertThat(visit(() -> { })).isEqualTo("판 2");
        assertThat(visit(() -> { })).isEqualTo("판 2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void aChangeAfterTheCopyIsKeptDropsIt() throws Exception {
        assertThat(visit(() -> { })).isEqualTo("판 1");
        assertThat(visit(() -> { })).isEqualTo("판 1");
        cache.forget(PATH);
        assertThat(visit(() -> { })).isEqualTo("판 2");
    }

    /** A guest's visit: when the page is rendered, {@code whileRendering} runs between reading and writing it. */
    private String visit(Runnable whileRendering) throws Exception {
        var request = new MockHttpServletRequest("GET", PATH);
        var response = new MockHttpServletResponse();
        FilterChain handler = (req, res) -> render((HttpServletRequest) req, (HttpServletResponse) res,
                whileRendering);
        cache.doFilter(request, response, handler);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Runnable whileRendering)
            throws IOException {
        try {
            cache.preHandle(request, response, new HandlerMethod(this, getClass().getDeclaredMethod("page")));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        var page = new PageBytes.Writer();
        page.writeContent("판 " + renders.incrementAndGet());
        whileRendering.run();
        PageBytes body = page.page();
        cache.answer(request, response, body);
        response.setContentType("text/html;charset=UTF-8");
        body.writeTo(response.getOutputStream());
    }

    @SameForEveryGuest(untilChanged = true)
    void page() {
    }
}
