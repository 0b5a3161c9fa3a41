package dev.rounds.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RebuildQueueTest {

    @Test
    void aBurstOfChangesMakesOneRebuild() throws Exception {
        List<Set<String>> runs = new CopyOnWriteArrayList<>();
        try (RebuildQueue queue = new RebuildQueue(Duration.ofMillis(100), runs::add)) {
            queue.request(Set.of("a.md"));
            queue.request(Set.of("b.md"));
            queue.request(Set.of("c.md"));
            waitUntilIdle(queue);
        }
        assertThat(runs).containsExactly(Set.of("a.md", "b.md", "c.md"));
    }

    @Test
    void changesDuringARebuildMakeExactlyOneMoreAndRebuildsNeverOverlap() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<Set<String>> runs = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (RebuildQueue queue = new RebuildQueue(Duration.ofMillis(20), paths -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            runs.add(paths);
            firstStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
        })) {
            queue.request(Set.of("first.md"));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 20; i++) {
                queue.request(Set.of("during-" + i + ".md"));
            }
            release.countDown();
            waitUntilIdle(queue);
        }
        assertThat(overlaps.get()).isZero();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)).hasSize(20);
    }

    @Test
    void eachChangeRestartsTheQuietPeriodUpToALimit() throws Exception {
        List<Set<String>> runs = new CopyOnWriteArrayList<>();
        try (RebuildQueue queue = new RebuildQueue(Duration.ofMillis(80), runs::add)) {
            for (int i = 0; i < 5; i++) {
                queue.request(Set.of("save-" + i + ".md"));
                Thread.sleep(20);
            }
            waitUntilIdle(queue);
        }
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0)).hasSize(5);
    }

    @Test
    void anEmptyChangeMeansAnything() throws Exception {
        List<Set<String>> runs = new CopyOnWriteArrayList<>();
        try (RebuildQueue queue = new RebuildQueue(Duration.ofMillis(10), runs::add)) {
            queue.request(Set.of());
            waitUntilIdle(queue);
        }
        assertThat(runs).containsExactly(Set.of("*"));
    }

    private static void waitUntilIdle(RebuildQueue queue) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Thread.sleep(50);
        while (queue.busy()) {
            assertThat(System.nanoTime()).as("the queue to finish").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
