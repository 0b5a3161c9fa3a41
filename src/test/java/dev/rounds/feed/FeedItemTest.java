package dev.rounds.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kept feed item is reused only when the new one is equal to it: every field must count, a field added later too. */
class FeedItemTest {
    private static final ZonedDateTime DAY = ZonedDateTime.parse("2025-01-10T09:00:00Z");

    private static Object[] values() {
        return new Object[] {"https://example.org/a/", "https://example.org/a/", "Title", "Title", "<p>Body</p>", "Summary",
            DAY, DAY.plusDays(1), List.of("Ana"), List.of("asthma"), "https://example.org/a.png"};
    }

    private static FeedItem item(Object[] values) throws ReflectiveOperationException {
        Class<?>[] types = java.util.Arrays.stream(FeedItem.class.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return FeedItem.class.getDeclaredConstructor(types).newInstance(values);
    }

    @Test
    void anItemEqualsOneWithTheSameFields() throws ReflectiveOperationException {
        assertThat(item(values())).isEqualTo(item(values())).hasSameHashCodeAs(item(values()));
        Object[] nulls = values();
        nulls[2] = null;
        nulls[7] = null;
        nulls[10] = null;
        assertThat(item(nulls)).isEqualTo(item(nulls.clone())).isNotEqualTo(item(values()));
    }

    @Test
    void everyFieldCounts() throws ReflectiveOperationException {
        RecordComponent[] components = FeedItem.class.getRecordComponents();
        assertThat(values()).as("one value per field of FeedItem").hasSameSizeAs(components);
        for (int i = 0; i < components.length; i++) {
            Object[] changed = values();
            changed[i] = changed[i] instanceof ZonedDateTime date ? date.plusSeconds(1)
                    : changed[i] instanceof List<?> list ? List.of(list.get(0) + "!") : changed[i] + "!";
            assertThat(item(changed)).as(components[i].getName()).isNotEqualTo(item(values()));
        }
    }
}
