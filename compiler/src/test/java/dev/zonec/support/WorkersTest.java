package dev.zonec.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void resultsComeBackInItemOrderWhateverTheThreads() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        List<Integer> expected = items.stream().map(i -> i * i).toList();
        for (int threads : new int[] {1, 2, 7}) {
            assertEquals(expected, Workers.map(items, threads, () -> "state", (s, i) -> i * i));
        }
    }

    /** Two heavy items never run together when their weights exceed the budget; light ones still run beside them. */
    @Test
    void weightInWorkStaysWithinTheBudget() {
        List<Long> weights = List.of(60L, 60L, 5L, 50L, 5L, 5L, 100L, 5L, 40L, 30L);
        AtomicLong inWork = new AtomicLong();
        AtomicLong overBudget = new AtomicLong(); // moments above the budget other than the heavy item alone
        AtomicLong together = new AtomicLong(); // items that started while another was in work
        List<Long> results = Workers.map(weights, 3, w -> w, 64, () -> "state", (s, w) -> {
            long now = inWork.addAndGet(w);
            if (now > 64 && !(w == 100 && now == 100)) {
                overBudget.incrementAndGet();
            }
            if (now > w) {
                together.incrementAndGet();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inWork.addAndGet(-w);
            return w;
        });
        assertEquals(weights, results);
        // 100 is over the budget and runs alone; every other moment stays within 64 (the two 60s never overlap)
        assertEquals(0, overBudget.get(), "starts above the budget");
        assertTrue(together.get() > 0, "light items ran beside others");
    }
}
