package dev.sosik.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.CoyoteAdapter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.OutputBuffer;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.junit.jupiter.api.Test;
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

    /**
     * A guest's visit, as Tomcat hands it to the valve: when the page is rendered, {@code whileRendering} runs
     * between reading and writing it.
     */
    private String visit(Runnable whileRendering) throws Exception {
        var written = new ByteArrayOutputStream();
        var coyoteResponse = new org.apache.coyote.Response();
        coyoteResponse.setOutputBuffer(new OutputBuffer() {
            @Override
            public int doWrite(ByteBuffer chunk) {
                int length = chunk.remaining();
                byte[] bytes = new byte[length];
                chunk.get(bytes);
                written.writeBytes(bytes);
                return length;
            }

            @Override
            public long getBytesWritten() {
                return written.size();
            }
        });
        var coyoteRequest = new org.apache.coyote.Request();
        coyoteRequest.method().setString("GET");
        coyoteRequest.requestURI().setString(PATH);
        coyoteRequest.setResponse(coyoteResponse);
        var context = new StandardContext();
        context.setCookieProcessor(new Rfc6265CookieProcessor());
        var request = new Request(new Connector(), coyoteRequest);
        request.getMappingData().context = context;
        var response = new Response(coyoteResponse);
        request.setResponse(response);
        coyoteRequest.setNote(CoyoteAdapter.ADAPTER_NOTES, request);
        response.setRequest(request);
        cache.setNext(new ValveBase() {
            @Override
            public void invoke(Request rendered, Response answer) throws IOException {
                render(rendered, answer, whileRendering);
            }
        });
        cache.invoke(request, response);
        response.flushBuffer();
        return written.toString(StandardCharsets.UTF_8);
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
