package dev.zonec.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty network namespace ({@code ip netns add}) for loading rules into a real kernel without touching the
 * host's own firewall. Always used in try-with-resources: closing deletes the namespace and everything loaded in it.
 */
public final class NetNamespace implements AutoCloseable {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final Path ip;
    private final String name;

    private NetNamespace(Path ip, String name) {
        this.ip = ip;
        this.name = name;
    }

    /** Creates the namespace; needs root and iproute2 ({@link RealTool#require} them first). */
    public static NetNamespace create(Path ip) throws IOException, InterruptedException {
        String name = "zonec-test-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
        RealTool.Result added = RealTool.run(List.of(ip.toString(), "netns", "add", name), 30);
        assertEquals(0, added.exit(), "ip netns add " + name + " failed:\n" + added.output());
        return new NetNamespace(ip, name);
    }

    /** Runs a command inside the namespace. */
    public RealTool.Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of(ip.toString(), "netns", "exec", name));
        full.addAll(command);
        return RealTool.run(full, timeoutSeconds);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        RealTool.Result deleted = RealTool.run(List.of(ip.toString(), "netns", "delete", name), 30);
        assertEquals(0, deleted.exit(), "ip netns delete " + name + " failed:\n" + deleted.output());
    }
}
