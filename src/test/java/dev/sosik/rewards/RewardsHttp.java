package dev.sosik.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the rewards API's answers in tests. */
final class RewardsHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RewardsHttp() {
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    /** A refusal: the status, and a Korean detail that says why. */
    static String refused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String detail = JSON.readTree(response.body()).get("detail").asString();
        assertThat(detail).containsPattern("[가-힣]");
        return detail;
    }

    static int balance(dev.sosik.TestHttp reader) {
        return ok(reader.get("/api/v1/me/points")).get("balance").asInt();
    }
}
