package dev.rounds.config;

import java.time.Period;
import java.util.Optional;

/**
 * site.yaml's {@code review}: the time from a review to the next when a page gives no
 * {@code next_review}, and whether the theme shows an "overdue for review" notice.
 */
public record ReviewSettings(Optional<Period> interval, boolean showOverdue) {
    public static final ReviewSettings DEFAULT = new ReviewSettings(Optional.empty(), true);
}
