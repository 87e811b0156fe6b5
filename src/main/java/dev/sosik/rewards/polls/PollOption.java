package dev.sosik.rewards.polls;

/** A choice of a poll and the votes it has. */
public record PollOption(long id, String text, int votes) {
}
