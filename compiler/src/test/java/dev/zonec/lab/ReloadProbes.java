package dev.zonec.lab;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The two ends of the reload test's traffic, run as their own JVM inside a lab namespace
 * ({@code ip netns exec NS java -cp ... dev.zonec.lab.ReloadProbes listen|probe ...}), so that one process keeps
 * hundreds of new TCP connections a second going without starting a process per connection.
 *
 * <ul>
 *   <li>{@code listen ADDRESS:PORT ...}: accepts on every socket, closes each connection at once, and counts the
 *       connections per listening socket and source address.</li>
 *   <li>{@code probe SOURCE LABEL=ADDRESS:PORT ...}: opens new connections from SOURCE to every target over and over
 *       (a few in flight per target), each given {@link #CONNECT_MILLIS}: one that completes, is refused or is reset has
 *       passed the routers (the listener, or the destination's kernel, answered), one that does not has been dropped on the
 *       way. Closed with a reset, so no port lingers in TIME_WAIT.</li>
 * </ul>
 * Both print {@code ready} once running and stop when their standard input ends, then print one line per count:
 * {@code accepted ADDRESS:PORT SOURCE N} or {@code LABEL passed N dropped M}.
 */
final class ReloadProbes {
    /**
     * Long enough for any answer inside the lab (well under a millisecond), shorter than the kernel's first SYN
     * retransmission (one second): a SYN that one ruleset dropped is never rescued by a retry under the next one.
     */
    static final long CONNECT_MILLIS = 600;
    private static final int IN_FLIGHT_PER_TARGET = 8;
    /** The least time between two connections to one target: allowed ones answer at once and would use up ports. */
    private static final long SPACING_NANOS = 3_000_000L;

    private ReloadProbes() {}

    public static void main(String[] args) throws IOException {
        AtomicBoolean stop = new AtomicBoolean();
        Thread stdin = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // anything on stdin is ignored; its end stops the run
                }
            } catch (IOException e) {
                // a broken pipe ends the run too
            }
            stop.set(true);
        }, "stdin");
        stdin.setDaemon(true);
        stdin.start();
        List<String> rest = List.of(args).subList(1, args.length);
        if (args[0].equals("listen")) {
            listen(rest, stop);
        } else {
            probe(rest.get(0), rest.subList(1, rest.size()), stop);
        }
    }

    private static void listen(List<String> sockets, AtomicBoolean stop) throws IOException {
        Map<String, Integer> accepted = new LinkedHashMap<>();
        try (Selector selector = Selector.open()) {
            for (String socket : sockets) {
                ServerSocketChannel server = ServerSocketChannel.open();
                server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                server.bind(address(socket), 1024);
                server.configureBlocking(false);
                server.register(selector, SelectionKey.OP_ACCEPT, socket);
            }
            System.out.println("ready");
            System.out.flush();
            while (!stop.get()) {
                selector.select(50);
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    SocketChannel client;
                    while ((client = ((ServerSocketChannel) key.channel()).accept()) != null) {
                        String from = ((InetSocketAddress) client.getRemoteAddress()).getAddress().getHostAddress();
                        accepted.merge("accepted " + key.attachment() + " " + from, 1, Integer::sum);
                        client.setOption(StandardSocketOptions.SO_LINGER, 0);
                        client.close();
                    }
                }
            }
        }
        accepted.forEach((what, n) -> System.out.println(what + " " + n));
        System.out.println("end");
    }

    /** One target's state: its connections in flight and what became of the others. */
    private static final class Target {
        final String label;
        final InetSocketAddress address;
        int inFlight;
        long next;
        long passed;
        long dropped;

        Target(String label, InetSocketAddress address) {
            this.label = label;
            this.address = address;
        }
    }

    private static void probe(String source, List<String> targets, AtomicBoolean stop) throws IOException {
        List<Target> all = new ArrayList<>();
        for (String t : targets) {
            int eq = t.indexOf('=');
            all.add(new Target(t.substring(0, eq), address(t.substring(eq + 1))));
        }
        Map<SocketChannel, Long> deadlines = new HashMap<>();
        try (Selector selector = Selector.open()) {
            System.out.println("ready");
            System.out.flush();
            while (!stop.get() || !deadlines.isEmpty()) {
                long now = System.nanoTime();
                if (!stop.get()) {
                    for (Target t : all) {
                        if (t.inFlight < IN_FLIGHT_PER_TARGET && now >= t.next) {
                            SocketChannel channel = SocketChannel.open();
                            channel.configureBlocking(false);
                            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
                            channel.bind(new InetSocketAddress(source, 0));
                            t.inFlight++;
                            t.next = now + SPACING_NANOS;
                            if (channel.connect(t.address)) {
                                finish(channel, t, true, deadlines);
                            } else {
                                channel.register(selector, SelectionKey.OP_CONNECT, t);
                                deadlines.put(channel, now + CONNECT_MILLIS * 1_000_000L);
                            }
                        }
                    }
                }
                selector.select(1);
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    SocketChannel channel = (SocketChannel) key.channel();
                    boolean reached;
                    try {
                        if (!channel.finishConnect()) {
                            continue; // still pending: its deadline decides
                        }
                        reached = true;
                    } catch (IOException refusedOrReset) {
                        // refused, or reset by the listener's immediate close: either way the destination answered
                        // (no rule of the lab rejects, it only drops); anything else (unreachable) did not get through
                        String why = String.valueOf(refusedOrReset.getMessage());
                        reached = why.contains("refused") || why.contains("reset");
                    }
                    finish(channel, (Target) key.attachment(), reached, deadlines);
                }
                long late = System.nanoTime();
                for (SocketChannel channel : List.copyOf(deadlines.keySet())) {
                    if (deadlines.get(channel) < late) {
                        SelectionKey key = channel.keyFor(selector);
                        finish(channel, (Target) key.attachment(), false, deadlines);
                    }
                }
            }
        }
        for (Target t : all) {
            System.out.println(t.label + " passed " + t.passed + " dropped " + t.dropped);
        }
        System.out.println("end");
    }

    private static void finish(SocketChannel channel, Target t, boolean reached, Map<SocketChannel, Long> deadlines)
            throws IOException {
        deadlines.remove(channel);
        t.inFlight--;
        if (reached) {
            t.passed++;
        } else {
            t.dropped++;
        }
        channel.close();
    }

    private static InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }
}
