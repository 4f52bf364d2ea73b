package dev.zonec.lab;

import dev.zonec.model.site.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends every probe through the kernel with a socat client in the source zone's namespace, bound to the source
 * address: a line goes out, and the probe is OPEN when the same line comes back from the listener.
 *
 * <p>Every probe is bounded. Its clock starts when socat says it opens the connection (so a slow process start on a
 * busy machine costs no probe time). One the policy allows gets {@link #OPEN_WAIT_MILLIS} (it answers in
 * milliseconds; the margin only absorbs a loaded machine); one the policy denies gets {@link #CLOSED_WAIT_MILLIS},
 * after which silence counts as dropped: an open path answers far sooner, so a wrongly open port is still seen.
 * socat's own timeouts are longer than both, so the verdict is always the runner's; the process is killed at the end
 * either way.
 *
 * <p>Probes run concurrently where they cannot disturb each other (see {@link #batches}); each uses its own ephemeral
 * source port.
 */
final class ProbeRunner {
    static final long OPEN_WAIT_MILLIS = 5_000;
    static final long CLOSED_WAIT_MILLIS = 1_000;
    /** UDP has no handshake: the datagram is sent again at this interval until an answer or the deadline. */
    private static final long UDP_RESEND_MILLIS = 200;
    private static final int PARALLELISM = 32;
    /** socat's notice (with -d -d) that it is about to connect: the probe's clock starts here, not at process start. */
    private static final String OPENING = "opening connection to";
    /** How long socat may take to start at all, on a machine busy with other work. */
    private static final long STARTUP_LIMIT_MILLIS = 15_000;
    /** All probes together; they take about ten seconds, and the whole test must stay well under two minutes. */
    private static final long RUN_LIMIT_MILLIS = 90_000;

    private final Netns netns;
    private final LabLayout layout;
    private final Path socat;

    ProbeRunner(Netns netns, LabLayout layout, Path socat) {
        this.netns = netns;
        this.layout = layout;
        this.socat = socat;
    }

    Map<Probe, Observation> runAll(List<Probe> probes) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        try {
            Map<Probe, Future<Observation>> futures = new LinkedHashMap<>();
            for (List<Probe> batch : batches(probes)) {
                // one task per batch: its probes run one after the other, each with its own future
                List<CompletableFuture<Observation>> results = batch.stream().map(p -> new CompletableFuture<Observation>()).toList();
                for (int i = 0; i < batch.size(); i++) {
                    futures.put(batch.get(i), results.get(i));
                }
                pool.submit(() -> {
                    for (int i = 0; i < batch.size(); i++) {
                        try {
                            results.get(i).complete(observe(batch.get(i)));
                        } catch (Exception | Error e) {
                            results.get(i).completeExceptionally(e);
                        }
                    }
                });
            }
            // each probe ends by itself (startup limit, wait, kill); this bound only guards against a hung runner
            long deadline = System.nanoTime() + RUN_LIMIT_MILLIS * 1_000_000L;
            Map<Probe, Observation> observed = new LinkedHashMap<>();
            for (Probe probe : probes) {
                observed.put(probe, result(futures.get(probe), deadline));
            }
            return observed;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /**
     * What may run at the same time. A socat UDP listener hands each datagram to a child process and is slow to take
     * the next while a child is busy, so concurrent UDP probes to one listener would wait on each other (hundreds of
     * milliseconds, enough to look closed): UDP probes to one destination socket run one after the other. TCP
     * listeners take concurrent connections from their accept queue, so every TCP probe runs on its own. The longest
     * batches (most probes expected closed, a second each) start first.
     */
    private static List<List<Probe>> batches(List<Probe> probes) {
        Map<Object, List<Probe>> batches = new LinkedHashMap<>();
        for (Probe probe : probes) {
            Object key = probe.protocol() == Protocol.UDP
                    ? List.of(probe.destination(), probe.port())
                    : probe;
            batches.computeIfAbsent(key, k -> new ArrayList<>()).add(probe);
        }
        List<List<Probe>> ordered = new ArrayList<>(batches.values());
        ordered.sort(Comparator.comparingLong(ProbeRunner::cost).reversed());
        return ordered;
    }

    private static long cost(List<Probe> batch) {
        return batch.stream().mapToLong(p -> p.expected() == Verdict.OPEN ? 50 : CLOSED_WAIT_MILLIS).sum();
    }

    private static Observation result(Future<Observation> future, long deadline) throws InterruptedException {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            return new Observation(Verdict.ERROR, 0, "probe failed: " + e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Observation(Verdict.ERROR, 0, "probe did not finish within " + RUN_LIMIT_MILLIS + " ms of the run");
        }
    }

    Observation observe(Probe probe) throws IOException, InterruptedException {
        long wait = probe.expected() == Verdict.OPEN ? OPEN_WAIT_MILLIS : CLOSED_WAIT_MILLIS;
        int socatSeconds = (int) (wait / 1000) + 3;
        String target = probe.protocol() == Protocol.TCP
                ? "TCP4:" + probe.destination() + ":" + probe.port() + ",bind=" + probe.source()
                        + ",connect-timeout=" + socatSeconds
                : "UDP4:" + probe.destination() + ":" + probe.port() + ",bind=" + probe.source();
        List<String> command = netns.inside(layout.zoneNamespace(probe.sourceZone()),
                List.of(socat.toString(), "-d", "-d", "-T", Integer.toString(socatSeconds), "STDIO", target));
        byte[] token = ("zonec-lab-probe-" + probe.id() + "-end\n").getBytes(StandardCharsets.US_ASCII);
        String expectedEcho = new String(token, StandardCharsets.US_ASCII).trim();

        long spawned = System.nanoTime();
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        OutputStream stdin = process.getOutputStream();
        InputStream stdout = process.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            send(stdin, token);
            long lastSend = System.nanoTime();
            long start = -1;
            while (true) {
                drain(stdout, received);
                String text = received.toString(StandardCharsets.UTF_8);
                long now = System.nanoTime();
                if (start < 0 && text.contains(OPENING)) {
                    start = now;
                }
                if (text.contains(expectedEcho)) {
                    return new Observation(Verdict.OPEN, millisSince(start < 0 ? spawned : start), "");
                }
                if (!process.isAlive()) {
                    drain(stdout, received);
                    return new Observation(Verdict.ERROR, millisSince(start < 0 ? spawned : start), "socat exited "
                            + process.exitValue() + ": " + errors(received.toString(StandardCharsets.UTF_8)));
                }
                if (start < 0 && now - spawned > STARTUP_LIMIT_MILLIS * 1_000_000L) {
                    return new Observation(Verdict.ERROR, millisSince(spawned), "socat did not start: " + errors(text));
                }
                if (start >= 0 && now - start > wait * 1_000_000L) {
                    return new Observation(Verdict.CLOSED, millisSince(start), "no answer within " + wait + " ms");
                }
                if (probe.protocol() == Protocol.UDP && now - lastSend > UDP_RESEND_MILLIS * 1_000_000L) {
                    send(stdin, token);
                    lastSend = now;
                }
                Thread.sleep(5);
            }
        } finally {
            closeQuietly(stdin);
            process.destroy();
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            closeQuietly(stdout);
        }
    }

    /** Writes to socat's stdin; a broken pipe means socat ended, which the loop sees and reports. */
    private static void send(OutputStream stdin, byte[] bytes) {
        try {
            stdin.write(bytes);
            stdin.flush();
        } catch (IOException e) {
            // socat has exited; its output says why
        }
    }

    private static void closeQuietly(java.io.Closeable stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // the process is gone; nothing left to release
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) throws IOException {
        int available;
        while ((available = in.available()) > 0) {
            byte[] chunk = new byte[available];
            int read = in.read(chunk);
            if (read <= 0) {
                return;
            }
            into.write(chunk, 0, read);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000L;
    }

    /** socat's error lines ("... E connect(...): Connection refused"), or everything it said if none. */
    private static String errors(String text) {
        List<String> errors = text.lines().filter(l -> l.contains("] E ")).map(l -> l.substring(l.indexOf("] E ") + 4)).toList();
        return oneLine(errors.isEmpty() ? text : String.join("; ", errors));
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
