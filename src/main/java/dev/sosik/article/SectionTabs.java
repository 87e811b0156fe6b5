package dev.sosik.article;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows the section tabs. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class SectionTabs {

    private final Categories categories;

    SectionTabs(Categories categories) {
        this.categories = categories;
    }

    @ModelAttribute("sections")
    List<Category> sections() {
        return categories.all();
    }
}
