package dev.sosik.web;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the embedded Tomcat does before a request reaches Spring. */
@Configuration(proxyBeanMethods = false)
class TomcatSettings {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatCustomizer() {
        return factory -> {
            // Requests Tomcat refuses itself (a malformed address) get the Korean error page too.
            factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                    .setErrorReportValveClass(KoreanErrorReportValve.class.getName()));
        };
    }
}
