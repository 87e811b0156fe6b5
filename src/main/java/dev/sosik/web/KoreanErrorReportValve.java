package dev.sosik.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's last word on an error no application code answered (for example an address it refuses to parse):
 * the portal's Korean error page instead of Tomcat's English one, and never a stack trace.
 */
public class KoreanErrorReportValve extends ErrorReportValve {

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        var html = new StringOutput();
        templates.render("web/error.jte",
                Map.of("status", status, "message", ErrorPages.defaultMessage(HttpStatusCode.valueOf(status))), html);
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(html.toString());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken over; there is no one left to tell
        }
    }
}
