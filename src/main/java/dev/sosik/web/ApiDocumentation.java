package dev.sosik.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description, served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI sosikApi() {
        return new OpenAPI().info(new Info()
                .title("Sosik API")
                .version("v1")
                .description("소식: articles, sections and presses of the Korean news portal. JSON in snake_case; "
                        + "errors as RFC 9457 problem details with a Korean detail."));
    }
}
