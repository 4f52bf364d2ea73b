package dev.zonec.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonec.testing.RealTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** iproute2's namespace commands, each with a bounded wait. Only ever given names of the lab's own namespaces. */
final class Netns {
    private static final long TIMEOUT_SECONDS = 30;
    private final Path ip;

    Netns(Path ip) {
        this.ip = ip;
    }

    void add(String namespace) throws IOException, InterruptedException {
        check(RealTool.run(List.of(ip.toString(), "netns", "add", namespace), TIMEOUT_SECONDS), "ip netns add " + namespace);
    }

    /** Deletes a namespace; false when it failed (cleanup goes on with the next one). */
    boolean delete(String namespace) throws IOException, InterruptedException {
        return RealTool.run(List.of(ip.toString(), "netns", "delete", namespace), TIMEOUT_SECONDS).exit() == 0;
    }

    /** The names of every named namespace on the host ({@code ip netns list} prints "name (id: N)"). */
    List<String> list() throws IOException, InterruptedException {
        RealTool.Result listed = RealTool.run(List.of(ip.toString(), "netns", "list"), TIMEOUT_SECONDS);
        check(listed, "ip netns list");
        return listed.output().lines().filter(l -> !l.isBlank()).map(l -> l.trim().split("\\s+")[0]).toList();
    }

    /** The command line that runs {@code command} inside {@code namespace}. */
    List<String> inside(String namespace, List<String> command) {
        List<String> full = new ArrayList<>(List.of(ip.toString(), "netns", "exec", namespace));
        full.addAll(command);
        return full;
    }

    RealTool.Result exec(String namespace, List<String> command) throws IOException, InterruptedException {
        return RealTool.run(inside(namespace, command), TIMEOUT_SECONDS);
    }

    void execOrFail(String namespace, List<String> command) throws IOException, InterruptedException {
        check(exec(namespace, command), "in " + namespace + ": " + String.join(" ", command));
    }

    /** Runs iproute2 commands in one process ({@code ip -n NS -batch FILE}): one line each, stops at the first error. */
    void batch(String namespace, List<String> lines, Path file) throws IOException, InterruptedException {
        Files.writeString(file, String.join("\n", lines) + "\n");
        check(RealTool.run(List.of(ip.toString(), "-n", namespace, "-batch", file.toString()), TIMEOUT_SECONDS),
                "ip -n " + namespace + " -batch " + file);
    }

    /**
     * Kills every process inside the namespace: the lab's listeners and probes, nothing else lives there. Returns at
     * once; {@link #awaitEmpty} waits for them to be gone.
     */
    void killAll(String namespace) throws IOException, InterruptedException {
        pids(namespace).stream().map(ProcessHandle::of).flatMap(Optional::stream).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Waits until no process is left in the namespace, polling {@code ip netns pids} (which no longer lists a killed
     * process, even before its parent reaps it); false if some are still there at the deadline.
     */
    boolean awaitEmpty(String namespace, long deadlineNanos) throws IOException, InterruptedException {
        while (!pids(namespace).isEmpty()) {
            if (System.nanoTime() > deadlineNanos) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private List<Long> pids(String namespace) throws IOException, InterruptedException {
        RealTool.Result pids = RealTool.run(List.of(ip.toString(), "netns", "pids", namespace), TIMEOUT_SECONDS);
        if (pids.exit() != 0) {
            return List.of(); // the namespace is gone already
        }
        return pids.output().lines().map(String::trim).filter(l -> l.matches("\\d+")).map(Long::parseLong).toList();
    }

    private static void check(RealTool.Result result, String what) {
        assertEquals(0, result.exit(), what + " failed:\n" + result.output());
    }
}
