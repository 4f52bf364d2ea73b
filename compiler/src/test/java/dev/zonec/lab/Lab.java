package dev.zonec.lab;

import static org.junit.jupiter.api.Assertions.fail;

import dev.zonec.render.OutputFile;
import dev.zonec.render.RenderedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab in the kernel: builds a {@link LabLayout} as network namespaces, loads each router's generated rules, and
 * removes it all again. Only namespaces the lab creates are touched: the host's own interfaces, routes and firewall
 * never are (links are created inside a zone namespace with their peer placed straight into the router namespace).
 *
 * <p>Teardown happens in {@link #close} (try-with-resources) and, should the JVM be stopped first, in a shutdown
 * hook. A run that died without either leaves namespaces named {@code zl<pid>-...} behind; the next run removes those
 * whose process is gone before it starts.
 */
final class Lab implements AutoCloseable {
    private static final Pattern LAB_NAMESPACE = Pattern.compile("zl(\\d+)-.+");
    private static final long KILL_WAIT_NANOS = 5_000_000_000L;

    /** Sysctls of every lab namespace: every namespace forwards (zones carry transit between their routers). */
    private static final Map<String, String> SYSCTLS = Map.of(
            "net/ipv4/ip_forward", "1",
            // routing is symmetric, but the host's rp_filter default is inherited by new namespaces: keep it out
            "net/ipv4/conf/all/rp_filter", "0",
            "net/ipv4/conf/default/rp_filter", "0");

    private final Netns netns;
    private final LabLayout layout;
    private final Path work;
    private final List<String> created = Collections.synchronizedList(new ArrayList<>());
    private final Thread hook;
    private boolean closed;

    private Lab(Netns netns, LabLayout layout, Path work) {
        this.netns = netns;
        this.layout = layout;
        this.work = work;
        this.hook = new Thread(this::teardownQuietly, "zonec-lab-teardown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The prefix of this run's namespace names. */
    static String prefixForThisRun() {
        return "zl" + ProcessHandle.current().pid();
    }

    /** Builds the lab and loads the rules; on any failure removes what was built before rethrowing. */
    static Lab build(Netns netns, LabLayout layout, List<RenderedConfig> configs, Tools tools, Path work)
            throws IOException, InterruptedException {
        removeLeftovers(netns);
        Files.createDirectories(work);
        Lab lab = new Lab(netns, layout, work);
        try {
            lab.createNamespaces();
            lab.wireZones();
            lab.wireRouters();
            lab.routeZones();
            for (RenderedConfig config : configs) {
                lab.load(config, tools);
            }
            return lab;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            try {
                lab.close();
            } catch (IOException | InterruptedException | RuntimeException | Error cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The tools the lab drives, found by {@link dev.zonec.testing.RealTool#require}. */
    record Tools(Path nft, Path iptables, Path iptablesRestore, Path ip6tables, Path ip6tablesRestore) {

        static Tools require() {
            return new Tools(dev.zonec.testing.RealTool.require("nft"), dev.zonec.testing.RealTool.require("iptables"),
                    dev.zonec.testing.RealTool.require("iptables-restore"),
                    dev.zonec.testing.RealTool.require("ip6tables"),
                    dev.zonec.testing.RealTool.require("ip6tables-restore"));
        }
    }

    /**
     * Removes namespaces of earlier runs that died without cleaning up: named like the lab's, with a process id that
     * no longer runs (or this very process, from an earlier test in the same JVM). Namespaces of a run still alive
     * elsewhere are left alone.
     */
    static void removeLeftovers(Netns netns) throws IOException, InterruptedException {
        long self = ProcessHandle.current().pid();
        List<String> leftovers = new ArrayList<>();
        for (String name : netns.list()) {
            Matcher m = LAB_NAMESPACE.matcher(name);
            if (m.matches()) {
                long pid = Long.parseLong(m.group(1));
                if (pid == self || ProcessHandle.of(pid).isEmpty()) {
                    leftovers.add(name);
                }
            }
        }
        remove(netns, leftovers);
    }

    /**
     * Kills the processes of all the namespaces first and then waits for them together, so a teardown takes one
     * wait, not one per namespace; then deletes them. Returns those it could not delete.
     */
    private static List<String> remove(Netns netns, List<String> namespaces) throws IOException, InterruptedException {
        for (String namespace : namespaces) {
            netns.killAll(namespace);
        }
        long deadline = System.nanoTime() + KILL_WAIT_NANOS;
        List<String> left = new ArrayList<>();
        for (String namespace : namespaces) {
            // deleting a namespace that still has processes only removes its name; wait so it really goes away
            netns.awaitEmpty(namespace, deadline);
            if (!netns.delete(namespace)) {
                left.add(namespace);
            }
        }
        return left;
    }

    private void createNamespaces() throws IOException, InterruptedException {
        for (String namespace : layout.namespaces()) {
            netns.add(namespace);
            created.add(namespace);
            StringBuilder script = new StringBuilder();
            SYSCTLS.forEach((key, value) -> script.append("echo ").append(value).append(" > /proc/sys/").append(key).append("; "));
            netns.execOrFail(namespace, List.of("sh", "-ec", script.toString()));
        }
    }

    /** Each zone: its hosts on lo (one /32 each), and its veth pairs, the peer ends placed into the routers. */
    private void wireZones() throws IOException, InterruptedException {
        for (String zone : layout.zones()) {
            List<String> lines = new ArrayList<>(List.of("link set lo up"));
            layout.hosts().get(zone).forEach(h -> lines.add("address add " + h + "/32 dev lo"));
            for (LabLink link : layout.linksOfZone(zone)) {
                lines.add("link add " + link.zoneSide() + " type veth peer name " + link.routerSide()
                        + " netns " + layout.deviceNamespace(link.device()));
                lines.add("address add " + link.zoneAddress() + "/30 dev " + link.zoneSide());
                lines.add("link set " + link.zoneSide() + " up");
            }
            netns.batch(layout.zoneNamespace(zone), lines, work.resolve("zone-" + zone + ".ip"));
        }
    }

    private void wireRouters() throws IOException, InterruptedException {
        for (String device : layout.devices()) {
            String namespace = layout.deviceNamespace(device);
            List<String> lines = new ArrayList<>(List.of("link set lo up"));
            for (LabLink link : layout.linksOfDevice(device)) {
                lines.add("address add " + link.routerAddress() + "/30 dev " + link.routerSide());
                lines.add("link set " + link.routerSide() + " up");
            }
            routesOf(namespace).forEach(lines::add);
            int table = 100;
            for (String own : layout.ownOf(device)) {
                // the router's own address: on lo, answered back into the zone it is in (not along the routes,
                // which may leave by another interface and meet a stateful router that never saw the request)
                LabLink link = layout.ownLink(own);
                for (String address : layout.hosts().get(own)) {
                    lines.add("address add " + address + "/32 dev lo");
                    lines.add("rule add from " + address + "/32 table " + table);
                }
                lines.add("route add default via " + link.zoneAddress() + " table " + table);
                table++;
            }
            netns.batch(namespace, lines, work.resolve("router-" + device + ".ip"));
        }
    }

    /** Zone routes go last: their gateways are router ends, which must be up first. */
    private void routeZones() throws IOException, InterruptedException {
        for (String zone : layout.zones()) {
            String namespace = layout.zoneNamespace(zone);
            netns.batch(namespace, routesOf(namespace), work.resolve("routes-" + zone + ".ip"));
        }
    }

    private List<String> routesOf(String namespace) {
        return layout.routes().stream().filter(r -> r.namespace().equals(namespace))
                .map(r -> "route add " + r.destination() + " via " + r.gateway()).toList();
    }

    /**
     * Loads a router's generated files the way docs/platforms/nftables.md and iptables.md say: {@code nft -f}; for
     * iptables, on a router without zonec's jump yet (its first load) the one-time {@code -N}/{@code -I} of the file's
     * header, then {@code iptables-restore --noflush} (and the same for IPv6).
     */
    void load(RenderedConfig config, Tools tools) throws IOException, InterruptedException {
        String namespace = layout.deviceNamespace(config.device());
        for (OutputFile file : config.files()) {
            Path path = work.resolve(file.name());
            Files.writeString(path, file.text());
            List<String> command;
            if (file.name().endsWith(".nft")) {
                command = List.of(tools.nft().toString(), "-f", path.toString());
            } else if (file.name().endsWith(".iptables") || file.name().endsWith(".ip6tables")) {
                boolean v4 = file.name().endsWith(".iptables");
                String tool = (v4 ? tools.iptables() : tools.ip6tables()).toString();
                String restore = (v4 ? tools.iptablesRestore() : tools.ip6tablesRestore()).toString();
                // the first-load step of the header, as a user runs it: only where the chain does not exist yet
                netns.execOrFail(namespace, List.of("sh", "-ec", tool + " -w 10 -L zonec-forward -n >/dev/null 2>&1 || { "
                        + tool + " -w 10 -N zonec-forward && " + tool + " -w 10 -I FORWARD 1 -j zonec-forward; }; "
                        + tool + " -w 10 -L zonec-input -n >/dev/null 2>&1 || { "
                        + tool + " -w 10 -N zonec-input && " + tool + " -w 10 -I INPUT 1 -j zonec-input; }"));
                command = List.of(restore, "-w", "10", "--noflush", path.toString());
            } else {
                fail(config.device() + " (" + config.platform().id() + "): the lab loads only nftables and iptables files, not "
                        + file.name());
                return;
            }
            netns.execOrFail(namespace, command);
        }
    }

    /** Kills everything running in the lab's namespaces and deletes them; reports namespaces it could not delete. */
    @Override
    public void close() throws IOException, InterruptedException {
        List<String> left = teardown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
        if (!left.isEmpty()) {
            fail("could not delete the lab namespaces " + left);
        }
    }

    private synchronized List<String> teardown() throws IOException, InterruptedException {
        if (closed) {
            return List.of();
        }
        closed = true;
        List<String> namespaces;
        synchronized (created) {
            namespaces = new ArrayList<>(created);
        }
        Collections.reverse(namespaces);
        return remove(netns, namespaces);
    }

    private void teardownQuietly() {
        try {
            teardown();
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            System.err.println("zonec lab: teardown failed: " + e);
        }
    }
}
