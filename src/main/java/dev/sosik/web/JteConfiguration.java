package dev.sosik.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pages are jte templates compiled to classes at build time (jte-maven-plugin's generate goal), so nothing is
 * compiled while the portal runs and a broken template fails the build, not a reader's request.
 */
@Configuration(proxyBeanMethods = false)
class JteConfiguration {

    @Bean
    TemplateEngine templateEngine() {
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templateEngine, GuestPageCache guestPages) {
        return new JteViewResolver(templateEngine, guestPages);
    }
}
