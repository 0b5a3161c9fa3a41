package dev.rounds.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    private static final List<Integer> NUMBERS = IntStream.range(0, 5_000).boxed().toList();

    @Test
    void everyItemIsHandledExactlyOnce() {
        ConcurrentHashMap<Integer, AtomicInteger> seen = new ConcurrentHashMap<>();
        Parallel.forEach(NUMBERS, n -> seen.computeIfAbsent(n, k -> new AtomicInteger()).incrementAndGet());
        assertThat(seen).hasSize(NUMBERS.size());
        assertThat(seen.values()).allMatch(count -> count.get() == 1);
    }

    @Test
    void mappedResultsKeepTheItemsOrder() {
        List<String> mapped = Parallel.map(NUMBERS, n -> "#" + n);
        assertThat(mapped).hasSize(NUMBERS.size());
        assertThat(mapped.get(0)).isEqualTo("#0");
        assertThat(mapped.get(4_321)).isEqualTo("#4321");
        assertThat(mapped).isEqualTo(NUMBERS.stream().map(n -> "#" + n).toList());
    }

    @Test
    void anEmptyListRunsNothing() {
        Parallel.forEach(List.<Integer>of(), n -> {
            throw new AssertionError("ran on an empty list");
        });
        assertThat(Parallel.map(List.<Integer>of(), n -> n)).isEmpty();
    }

    @Test
    void theFirstFailureIsRethrownAsItWasAndStopsTheRest() {
        UncheckedIOException failure = new UncheckedIOException(new IOException("disk full"));
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> Parallel.forEach(NUMBERS, n -> {
            ran.incrementAndGet();
            if (n == 10) {
                throw failure;
            }
        })).isSameAs(failure);
        assertThat(ran.get()).isLessThan(NUMBERS.size());
    }

    @Test
    void worksWhenCalledFromInsideAnotherParallelRun() {
        List<List<Integer>> nested = Parallel.map(List.of(1, 2, 3, 4), n -> Parallel.map(NUMBERS.subList(0, 100), m -> m * n));
        assertThat(nested).hasSize(4);
        assertThat(nested.get(3).get(99)).isEqualTo(396);
    }
}
