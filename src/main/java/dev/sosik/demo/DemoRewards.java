package dev.sosik.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.sosik.rewards.events.RewardEvents;
import dev.sosik.rewards.polls.Polls;

import org.springframework.stereotype.Component;

/**
 * The demo set's rewards ({@code demo/rewards.json}): an open poll and a closed one, and running events, timed
 * around start-up so that every tab has something to try.
 */
@Component
class DemoRewards {

    record DemoPoll(String question, List<String> options, double opensHoursAgo, double closesInHours,
                    String articleUrl, boolean resultsBeforeClose) {
    }

    record DemoEvent(String title, String description, String rule, int points, double startsHoursAgo,
                     double endsInHours) {
    }

    record Demo(List<DemoPoll> polls, List<DemoEvent> events) {
    }

    private final Polls polls;
    private final RewardEvents events;

    DemoRewards(Polls polls, RewardEvents events) {
        this.polls = polls;
        this.events = events;
    }

    /** Creates the polls and events; idsByUrl finds the articles a poll links to. */
    void load(Demo demo, OffsetDateTime now, Map<String, Long> idsByUrl) {
        for (DemoPoll poll : demo.polls()) {
            polls.create(new Polls.NewPoll(poll.question(), poll.options(), hours(now, -poll.opensHoursAgo()),
                    hours(now, poll.closesInHours()), poll.articleUrl() == null ? null : idsByUrl.get(poll.articleUrl()),
                    poll.resultsBeforeClose(), null));
        }
        for (DemoEvent event : demo.events()) {
            events.create(new RewardEvents.NewEvent(event.title(), event.description(), event.rule(), event.points(),
                    hours(now, -event.startsHoursAgo()), hours(now, event.endsInHours())));
        }
    }

    private static OffsetDateTime hours(OffsetDateTime now, double hours) {
        return now.plusSeconds(Math.round(hours * 3600));
    }
}
