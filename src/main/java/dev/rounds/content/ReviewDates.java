package dev.rounds.content;

import dev.rounds.diagnostic.Diagnostic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Whether an entry's review is overdue: its next review was due on a day before today. */
public final class ReviewDates {
    private ReviewDates() {
    }

    /** True when {@code entry} has a next review due on a day before the day of {@code now} in {@code zone}. */
    public static boolean isOverdue(Entry entry, Instant now, ZoneId zone) {
        Transparency.Review review = entry.transparency().review();
        if (review == null || review.nextReview() == null) {
            return false;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        return review.nextReview().withZoneSameInstant(zone).toLocalDate().isBefore(today);
    }

    /** A warning at the due date's line when the review is overdue. */
    public static Optional<Diagnostic> overdueWarning(Entry entry, Instant now, ZoneId zone) {
        if (!isOverdue(entry, now, zone)) {
            return Optional.empty();
        }
        Transparency.Review review = entry.transparency().review();
        return Optional.of(Diagnostic.warning(entry.source(), review.line(), review.column(),
                "review overdue: the next review was due on " + review.nextReview().toLocalDate()
                        + "; review the page, then update 'reviewed' and 'next_review'"));
    }
}
