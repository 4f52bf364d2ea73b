package dev.zonec.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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
        Runnable worker = () -> {
            try {
                S own = state.get();
                for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
                    results[i] = work.apply(own, items.get(i));
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
