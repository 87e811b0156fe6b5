package dev.sosik.engagement;

import java.util.List;
import java.util.Map;

import dev.sosik.account.NicknameScreen;
import dev.sosik.web.ClientErrorException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Asks the reader to edit a comment the abuse filter flags, before anything is published. The turned-back text is
 * kept, unpublished, in the moderators' queue so that repeat offenders can be seen.
 */
@Component
class AbuseScreen implements NicknameScreen {

    private final AbuseFilter filter = AbuseFilter.standard();
    private final JdbcClient jdbc;
    private final EngagementRules rules;

    AbuseScreen(JdbcClient jdbc, EngagementRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    void requireClean(long readerId, long articleId, String body) {
        AbuseFilter.Verdict verdict = filter.check(body);
        if (!verdict.abusive()) {
            return;
        }
        List<String> matches = verdict.matches();
        jdbc.sql("insert into filtered_comment (account_id, article_id, body, matches, filtered_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(readerId, articleId, body, abbreviate(String.join(", ", matches)), rules.now())
                .update();
        throw new ClientErrorException(HttpStatus.UNPROCESSABLE_CONTENT,
                "욕설이나 비하 표현이 있어 등록하지 않았습니다. 다음 표현을 고친 뒤 다시 등록해 주세요: "
                        + String.join(", ", matches),
                Map.of("body", String.join(", ", matches)), null);
    }

    @Override
    public boolean isAcceptable(String nickname) {
        return !filter.check(nickname).abusive();
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
