package dev.zonec.lab;

import static org.junit.jupiter.api.Assertions.fail;

import dev.zonec.model.site.Protocol;
import dev.zonec.testing.RealTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A socat echo server for every destination the probes use, bound to the destination address inside its zone's
 * namespace: TCP forks a child per connection, UDP answers every datagram from the port it came to (so the reply is
 * the reverse of the request and the routers' conntrack lets it back). Every probe has a listener, so a probe that
 * gets no answer was dropped on the way, and one that is refused reached a port it should never have reached.
 */
final class Listeners implements AutoCloseable {
    /** Idle seconds after which a forked child gives up on a client that went silent. */
    private static final int CHILD_IDLE_SECONDS = 5;
    private static final long READY_MILLIS = 15_000;

    record Key(String zone, String address, Protocol protocol, int port) {
        String socket() {
            return protocol.name().toLowerCase(Locale.ROOT) + " " + address + ":" + port;
        }
    }

    private final Map<Key, Process> processes = new LinkedHashMap<>();
    private final Map<Key, Path> logs = new LinkedHashMap<>();

    private Listeners() {}

    static Listeners start(Netns netns, LabLayout layout, Path socat, Path ss, Collection<Probe> probes, Path work)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        Listeners listeners = new Listeners();
        try {
            for (Probe probe : probes) {
                Key key = new Key(probe.destinationZone(), probe.destination(), probe.protocol(), probe.port());
                if (!listeners.processes.containsKey(key)) {
                    listeners.launch(netns, layout, socat, key, work);
                }
            }
            listeners.awaitReady(netns, layout, ss);
            return listeners;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            listeners.close();
            throw e;
        }
    }

    int size() {
        return processes.size();
    }

    private void launch(Netns netns, LabLayout layout, Path socat, Key key, Path work) throws IOException {
        String address = key.protocol() == Protocol.TCP
                ? "TCP4-LISTEN:" + key.port() + ",bind=" + key.address() + ",reuseaddr,fork,backlog=128"
                : "UDP4-RECVFROM:" + key.port() + ",bind=" + key.address() + ",fork";
        List<String> command = netns.inside(layout.zoneNamespace(key.zone()),
                List.of(socat.toString(), "-T", Integer.toString(CHILD_IDLE_SECONDS), address, "PIPE"));
        Path log = work.resolve(key.zone() + "-" + key.address() + "-" + key.socket().split(" ")[0] + "-" + key.port() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.put(key, process);
        logs.put(key, log);
    }

    /** Waits until {@code ss} shows every listening socket in its namespace; fails at once if a listener died. */
    private void awaitReady(Netns netns, LabLayout layout, Path ss) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        Set<Key> waiting = new HashSet<>(processes.keySet());
        while (!waiting.isEmpty()) {
            for (Key key : waiting) {
                if (!processes.get(key).isAlive()) {
                    fail("the listener " + key.socket() + " in " + key.zone() + " exited:\n" + Files.readString(logs.get(key)));
                }
            }
            Set<String> zones = new HashSet<>();
            waiting.forEach(k -> zones.add(k.zone()));
            for (String zone : zones) {
                Set<String> listening = listening(netns, layout.zoneNamespace(zone), ss);
                waiting.removeIf(k -> k.zone().equals(zone) && listening.contains(k.socket()));
            }
            if (!waiting.isEmpty()) {
                if (System.currentTimeMillis() > deadline) {
                    fail("listeners not ready after " + READY_MILLIS + " ms: " + waiting);
                }
                Thread.sleep(50);
            }
        }
    }

    /** "tcp 10.1.1.11:502" for every listening TCP and bound UDP socket of the namespace. */
    private static Set<String> listening(Netns netns, String namespace, Path ss) throws IOException, InterruptedException {
        RealTool.Result result = netns.exec(namespace, List.of(ss.toString(), "-Hlntu"));
        if (result.exit() != 0) {
            fail("ss in " + namespace + " failed:\n" + result.output());
        }
        Set<String> sockets = new HashSet<>();
        for (String line : result.output().lines().toList()) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 5) {
                sockets.add(columns[0] + " " + columns[4]);
            }
        }
        return sockets;
    }

    @Override
    public void close() throws InterruptedException {
        List<Process> all = new ArrayList<>(processes.values());
        all.forEach(Process::destroy);
        for (Process process : all) {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
