package dev.sosik.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the embedded Tomcat does before a request reaches Spring. */
@Configuration(proxyBeanMethods = false)
class TomcatSettings {

    static final int WRITE_BUFFER_BYTES = 32 * 1024;

    /**
     * The valves among the beans (view counting, then the guests' copies) come first in the portal's pipeline, in
     * their order, before the servlet filters.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatCustomizer(ObjectProvider<Valve> valves) {
        return factory -> {
            factory.addContextValves(valves.orderedStream().toArray(Valve[]::new));
            // Requests Tomcat refuses itself (a malformed address) get the Korean error page too.
            factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                    .setErrorReportValveClass(KoreanErrorReportValve.class.getName()));
            // An article page (about 30 KiB) leaves in one write instead of four 8 KiB ones: a copy served from
            // memory went from 17,700 to 25,000 pages/s (docs/performance.md). The buffer is taken per open
            // connection while it writes.
            factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize",
                    Integer.toString(WRITE_BUFFER_BYTES)));
        };
    }
}
