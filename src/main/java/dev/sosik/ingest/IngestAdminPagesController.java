package dev.sosik.ingest;

import java.util.HashMap;
import java.util.Map;

import dev.sosik.article.Presses;
import dev.sosik.web.ClientErrorException;
import dev.sosik.web.Redirects;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The admins' page for presses, their push API keys and their feeds with each feed's health. */
@Controller
@RequestMapping("/admin/ingest")
class IngestAdminPagesController {

    private static final String PAGE = "/admin/ingest";

    private final IngestAdministration administration;
    private final Presses presses;
    private final Sources sources;
    private final FeedPolling polling;

    IngestAdminPagesController(IngestAdministration administration, Presses presses, Sources sources,
                               FeedPolling polling) {
        this.administration = administration;
        this.presses = presses;
        this.sources = sources;
        this.polling = polling;
    }

    @GetMapping
    ModelAndView page() {
        return page(null, null);
    }

    @PostMapping("/presses")
    ModelAndView addPress(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                          @RequestParam(defaultValue = "") String homepage,
                          @RequestParam(defaultValue = "") String copyright) {
        try {
            administration.addPress(code, name, homepage, copyright);
            return Redirects.seeOther(PAGE);
        } catch (ClientErrorException e) {
            return refused(e);
        }
    }

    @PostMapping("/presses/{code}/api-keys")
    ModelAndView issueKey(@PathVariable String code) {
        return page(code + " 언론사의 새 API 키입니다. 다시 보여 주지 않으니 지금 보관하세요: "
                + administration.issueKey(code), null);
    }

    @PostMapping("/sources")
    ModelAndView addSource(@RequestParam(name = "press_code", defaultValue = "") String pressCode,
                           @RequestParam(name = "feed_url", defaultValue = "") String feedUrl,
                           @RequestParam(defaultValue = "") String category,
                           @RequestParam(name = "full_text", defaultValue = "false") boolean fullText,
                           @RequestParam(name = "interval_minutes", defaultValue = "15") int intervalMinutes) {
        try {
            administration.addSource(pressCode, feedUrl, category, fullText, intervalMinutes, true);
            return Redirects.seeOther(PAGE);
        } catch (ClientErrorException e) {
            return refused(e);
        }
    }

    @PostMapping("/sources/{id}/poll")
    ModelAndView poll(@PathVariable long id) {
        FeedPolling.PollReport report = polling.poll(administration.source(id));
        return page("피드 " + id + ": " + report.status() + ", 가져옴 " + report.imported() + ", 수정 "
                + report.updated() + ", 중복 " + report.duplicates()
                + (report.problems().isEmpty() ? "" : " (" + String.join("; ", report.problems()) + ")"), null);
    }

    private ModelAndView refused(ClientErrorException e) {
        ModelAndView page = page(null, e.getMessage() + " " + String.join(" ", e.fieldErrors().values()));
        page.setStatus(e.status());
        return page;
    }

    private ModelAndView page(String notice, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("presses", presses.all());
        model.put("sources", sources.all());
        model.put("notice", notice);
        model.put("error", error);
        return new ModelAndView("ingest/admin", model);
    }
}
