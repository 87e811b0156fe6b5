package dev.sosik.ranking;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Known robots by their User-Agent: search engines, link previews, monitors and command-line fetchers. A request
 * with no User-Agent at all is a robot too; browsers always send one.
 */
final class Bots {

    private static final Pattern ROBOT = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|yeti|daum(oa)?|facebookexternalhit|embedly|preview|monitor|pingdom"
                    + "|lighthouse|curl/|wget/|python-requests|python-urllib|go-http-client|okhttp|scrapy|httpie"
                    + "|feedfetcher|\\bapache-httpclient");

    private Bots() {
    }

    static boolean isRobot(String userAgent) {
        return userAgent == null || userAgent.isBlank()
                || ROBOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
