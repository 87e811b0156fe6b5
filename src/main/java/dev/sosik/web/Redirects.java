package dev.sosik.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** After a form is handled, the browser is sent on with 303 See Other, so a reload never posts it twice. */
public final class Redirects {

    private Redirects() {
    }

    public static ModelAndView seeOther(String path) {
        var view = new RedirectView(path);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
