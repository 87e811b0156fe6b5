package dev.sosik;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * The Redis at 127.0.0.1:6379 that the redis-test execution uses: when it does not answer PING, those tests are
 * skipped with a message saying how to start it, except in CI, where they fail.
 */
public final class TestRedis {

    public static final String URL = "redis://127.0.0.1:6379";
    private static final String START_REDIS = "redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 "
            + "--save \"\" --appendonly no";

    private TestRedis() {
    }

    static ConditionEvaluationResult condition() {
        String problem = problem();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL and Redis are reachable");
        }
        String message = "Redis at 127.0.0.1:6379 is not reachable: " + problem + ". Start it with: " + START_REDIS;
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        return ConditionEvaluationResult.disabled(message);
    }

    private static String problem() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 2000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(7);
            String text = new String(answer, StandardCharsets.US_ASCII);
            return text.startsWith("+PONG") ? null : "it answered " + text.strip();
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
