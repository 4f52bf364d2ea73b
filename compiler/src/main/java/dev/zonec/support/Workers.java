package dev.zonec.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Runs independent work items (one per device) on a few threads. Results come back in the order of the items,
 * whatever the scheduling, so what zonec writes does not depend on the number of threads. Each thread gets its
 * own state from {@code state} (e.g. a BDD kernel, which is not thread-safe): nothing mutable is shared.
 */
public final class Workers {

    private Workers() {}

    /** The default: one thread per core. */
    public static int available() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static <S, T, R> List<R> map(List<T> items, int threads, Supplier<S> state, BiFunction<S, T, R> work) {
        return map(items, threads, item -> 0L, 1, state, work);
    }

    /**
     * As {@link #map(List, int, Supplier, BiFunction)}, with at most {@code budget} of {@code weight} in work at once:
     * the memory an item holds while it is worked on (a device's config text and its read-back), so that the two
     * largest devices of a site are not held at once when together they exceed the budget. An item heavier than the
     * budget runs alone. Weights change when items run, never what they return.
     */
    public static <S, T, R> List<R> map(List<T> items, int threads, ToLongFunction<T> weight, long budget,
                                        Supplier<S> state, BiFunction<S, T, R> work) {
        int count = Math.min(Math.max(1, threads), items.size());
        if (count <= 1) {
            S own = state.get();
            List<R> results = new ArrayList<>(items.size());
            items.forEach(item -> results.add(work.apply(own, item)));
            return results;
        }
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // permits in units of the budget's 1/1024th: a semaphore counts ints, weights are longs
        long unit = Math.max(1, budget / 1024);
        int permits = (int) Math.max(1, budget / unit);
        Semaphore inWork = new Semaphore(permits, true);
        Runnable worker = () -> {
            try {
                S own = state.get();
                for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
                    int share = (int) Math.min(permits, Math.max(0, weight.applyAsLong(items.get(i))) / unit);
                    inWork.acquireUninterruptibly(share);
                    try {
                        results[i] = work.apply(own, items.get(i));
                    } finally {
                        inWork.release(share);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        Thread[] pool = new Thread[count];
        for (int t = 0; t < count; t++) {
            pool[t] = new Thread(worker, "zonec-worker-" + t);
            pool[t].setDaemon(true);
            pool[t].start();
        }
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for worker threads", e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> ordered = (List<R>) Arrays.asList(results);
        return List.copyOf(ordered);
    }
}
