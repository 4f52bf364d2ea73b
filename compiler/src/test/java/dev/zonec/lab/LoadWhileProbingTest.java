package dev.zonec.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.render.RenderedConfig;
import dev.zonec.testing.RealTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A load while traffic flows: a Linux gateway between two zones runs the old policy of
 * {@code golden-tests/load/_policies} (hand-made INPUT hardening and a FORWARD rule of its own beside it), new TCP
 * connections cross it continuously (hundreds a second, from a prober JVM in each zone), and the new policy and the
 * old one are loaded in turn, again and again, as docs/platforms/&lt;platform&gt;.md says. Then:
 * <ul>
 *   <li>no connection that both policies deny ever got through (the prober saw no answer, and the listener counted no
 *       connection from that source);</li>
 *   <li>no connection that both policies allow was ever dropped;</li>
 *   <li>the connections only one policy allows both got through and were dropped (each load took effect);</li>
 *   <li>the host's own rules are exactly as before.</li>
 * </ul>
 * Needs root, iproute2, nftables and iptables: outside CI it skips with a message when any is missing.
 */
class LoadWhileProbingTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", "..")).toAbsolutePath().normalize();
    private static final Path POLICIES = REPO.resolve("golden-tests/load/_policies");
    private static final Path WORK = REPO.resolve("compiler/target/load-while-probing");
    /** Loads of each policy; each takes milliseconds, and the probers keep a connection in flight all the time. */
    private static final int ROUNDS = Integer.getInteger("zonec.reload.rounds", 15);
    private static final long SETTLE_MILLIS = 150;

    /** What a probe target is, by the verdicts of the two policies. */
    private enum Agreement {
        BOTH_ALLOW,
        BOTH_DENY,
        OLD_ONLY,
        NEW_ONLY
    }

    private record Target(String label, Probe probe, Agreement agreement) {}

    @ParameterizedTest
    @ValueSource(strings = {"nftables", "iptables"})
    void loadingTheNewPolicyNeverLetsThroughWhatBothDenyNorDropsWhatBothAllow(String platform)
            throws IOException, InterruptedException {
        Path ip = RealTool.require("ip");
        Lab.Tools tools = Lab.Tools.require();
        Path inventory = REPO.resolve("golden-tests/platforms/" + platform + "/inventory.yaml");
        LabSite before = LabSite.compile(POLICIES.resolve("old"), inventory);
        LabSite after = LabSite.compile(POLICIES.resolve("new"), inventory);
        List<Target> targets = targets(before.site(), after.site());
        for (Agreement a : Agreement.values()) {
            assertTrue(targets.stream().anyMatch(t -> t.agreement() == a), "the two policies give no probe where " + a);
        }
        Map<String, Set<String>> hosts = new TreeMap<>();
        for (Target t : targets) {
            hosts.computeIfAbsent(t.probe().sourceZone(), z -> new TreeSet<>()).add(t.probe().source());
            hosts.computeIfAbsent(t.probe().destinationZone(), z -> new TreeSet<>()).add(t.probe().destination());
        }
        LabLayout layout = LabLayout.of(after.site(), LabRouting.of(after.site()), Lab.prefixForThisRun(), hosts);
        String router = layout.deviceNamespace(single(after.configs()).device());
        Path work = WORK.resolve(platform);
        Files.createDirectories(work);
        Netns netns = new Netns(ip);
        try (Lab lab = Lab.build(netns, layout, List.of(), tools, work.resolve("lab"))) {
            hostRules(netns, router, platform);
            String hostBefore = hostRulesNow(netns, router, platform);
            lab.load(single(before.configs()), tools);
            List<Process> listeners = listeners(netns, layout, targets);
            List<Process> probers = new ArrayList<>();
            Map<String, Long[]> counts;
            Map<String, Long> accepted;
            try {
                awaitReady(listeners);
                probers.addAll(probers(netns, layout, targets));
                awaitReady(probers);
                Thread.sleep(SETTLE_MILLIS);
                for (int round = 0; round < ROUNDS; round++) {
                    lab.load(single(after.configs()), tools);
                    Thread.sleep(SETTLE_MILLIS);
                    lab.load(single(before.configs()), tools);
                    Thread.sleep(SETTLE_MILLIS);
                }
                lab.load(single(after.configs()), tools);
                Thread.sleep(SETTLE_MILLIS);
                counts = new TreeMap<>();
                for (Process p : probers) {
                    for (String line : stop(p)) {
                        String[] w = line.split(" ");
                        counts.put(w[0], new Long[] {Long.parseLong(w[2]), Long.parseLong(w[4])});
                    }
                }
                accepted = new TreeMap<>();
                for (Process p : listeners) {
                    for (String line : stop(p)) {
                        String[] w = line.split(" ");
                        accepted.put(w[1] + " " + w[2], Long.parseLong(w[3]));
                    }
                }
            } finally {
                probers.forEach(Process::destroyForcibly);
                listeners.forEach(Process::destroyForcibly);
            }
            String report = targets.stream().map(t -> String.format("%-10s %-9s %s -> %s:%d  passed %d dropped %d",
                            t.agreement(), t.label(), t.probe().source(), t.probe().destination(), t.probe().port(),
                            counts.get(t.label())[0], counts.get(t.label())[1]))
                    .collect(Collectors.joining("\n"));
            Files.writeString(work.resolve("report.txt"), report + "\n");
            for (Target t : targets) {
                long passed = counts.get(t.label())[0];
                long dropped = counts.get(t.label())[1];
                long arrived = accepted.getOrDefault(t.probe().destination() + ":" + t.probe().port() + " " + t.probe().source(), 0L);
                switch (t.agreement()) {
                    case BOTH_DENY -> {
                        assertEquals(0, passed, "denied by both policies, yet through during a load:\n" + report);
                        assertEquals(0, arrived, t.label() + " reached its listener:\n" + report);
                        assertTrue(dropped > 0, report);
                    }
                    case BOTH_ALLOW -> {
                        assertEquals(0, dropped, "allowed by both policies, yet dropped during a load:\n" + report);
                        assertTrue(passed > 0, report);
                    }
                    default -> assertTrue(passed > 0 && dropped > 0, t.label() + " allowed by one policy only "
                            + "must have passed under it and been dropped under the other:\n" + report);
                }
            }
            assertEquals(hostBefore, hostRulesNow(netns, router, platform), "the host's own rules changed");
        }
    }

    /**
     * Every TCP probe either policy's planner makes (flows, reversed flows, neighbouring ports, zone pairs without a
     * flow), classified by the verdicts of both policies.
     */
    private static List<Target> targets(Site before, Site after) {
        PolicyOracle old = new PolicyOracle(before.flows());
        PolicyOracle now = new PolicyOracle(after.flows());
        Map<Probe.Key, Probe> probes = new LinkedHashMap<>();
        for (Site site : List.of(before, after)) {
            ProbePlanner.plan(site).stream().filter(p -> p.protocol() == Protocol.TCP)
                    .forEach(p -> probes.putIfAbsent(p.key(), p));
        }
        List<Target> targets = new ArrayList<>();
        for (Probe p : probes.values()) {
            boolean o = old.allows(p.sourceZone(), p.source(), p.destinationZone(), p.destination(), p.protocol(), p.port());
            boolean n = now.allows(p.sourceZone(), p.source(), p.destinationZone(), p.destination(), p.protocol(), p.port());
            Agreement a = o && n ? Agreement.BOTH_ALLOW : !o && !n ? Agreement.BOTH_DENY
                    : o ? Agreement.OLD_ONLY : Agreement.NEW_ONLY;
            targets.add(new Target("t" + targets.size(), p, a));
        }
        return targets;
    }

    /** The host's own configuration beside zonec's: INPUT hardening with a chain of its own, and a FORWARD rule. */
    private static void hostRules(Netns netns, String router, String platform) throws IOException, InterruptedException {
        String script = platform.equals("nftables")
                ? "nft -f - <<'EOF'\n"
                        + "table inet host {\n"
                        + "    chain input {\n"
                        + "        type filter hook input priority filter; policy accept;\n"
                        + "        tcp dport 22 ip saddr != 10.20.0.0/24 counter drop comment \"ssh from the control room only\"\n"
                        + "    }\n"
                        + "    chain forward {\n"
                        + "        type filter hook forward priority filter; policy accept;\n"
                        + "        iifname \"docker0\" accept\n"
                        + "    }\n"
                        + "}\n"
                        + "EOF\n"
                : "iptables -w 10 -N ssh-allow\n"
                        + "iptables -w 10 -A ssh-allow -s 10.20.0.0/24 -j ACCEPT\n"
                        + "iptables -w 10 -A ssh-allow -j DROP\n"
                        + "iptables -w 10 -A INPUT -p tcp --dport 22 -j ssh-allow\n"
                        + "iptables -w 10 -P INPUT DROP\n"
                        + "iptables -w 10 -I INPUT 1 -i lo -j ACCEPT\n"
                        + "iptables -w 10 -A FORWARD -i docker0 -j ACCEPT\n"
                        + "ip6tables -w 10 -P INPUT DROP\n";
        netns.execOrFail(router, List.of("sh", "-ec", script));
    }

    /** The host's rules as the kernel lists them, zonec's own left out. */
    private static String hostRulesNow(Netns netns, String router, String platform) throws IOException, InterruptedException {
        if (platform.equals("nftables")) {
            return netns.exec(router, List.of("nft", "list", "table", "inet", "host")).output();
        }
        String saved = netns.exec(router, List.of("sh", "-ec", "iptables-save -t filter; ip6tables-save -t filter"))
                .output();
        return saved.lines().filter(l -> !l.startsWith("#") && !l.contains("zonec"))
                .map(l -> l.replaceAll("\\[\\d+:\\d+]", "")).collect(Collectors.joining("\n"));
    }

    private static List<Process> listeners(Netns netns, LabLayout layout, List<Target> targets) throws IOException {
        Map<String, Set<String>> sockets = new TreeMap<>();
        for (Target t : targets) {
            sockets.computeIfAbsent(t.probe().destinationZone(), z -> new TreeSet<>())
                    .add(t.probe().destination() + ":" + t.probe().port());
        }
        List<Process> started = new ArrayList<>();
        for (Map.Entry<String, Set<String>> zone : sockets.entrySet()) {
            List<String> args = new ArrayList<>(List.of("listen"));
            args.addAll(zone.getValue());
            started.add(java(netns, layout.zoneNamespace(zone.getKey()), args));
        }
        return started;
    }

    private static List<Process> probers(Netns netns, LabLayout layout, List<Target> targets) throws IOException {
        Map<List<String>, List<Target>> bySource = new LinkedHashMap<>();
        targets.forEach(t -> bySource.computeIfAbsent(List.of(t.probe().sourceZone(), t.probe().source()),
                s -> new ArrayList<>()).add(t));
        List<Process> started = new ArrayList<>();
        for (Map.Entry<List<String>, List<Target>> source : bySource.entrySet()) {
            List<String> args = new ArrayList<>(List.of("probe", source.getKey().get(1)));
            source.getValue().forEach(t -> args.add(t.label() + "=" + t.probe().destination() + ":" + t.probe().port()));
            started.add(java(netns, layout.zoneNamespace(source.getKey().get(0)), args));
        }
        return started;
    }

    /** A JVM of this test's classes inside the namespace, running {@link ReloadProbes}. */
    private static Process java(Netns netns, String namespace, List<String> args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), ReloadProbes.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(netns.inside(namespace, command)).redirectErrorStream(true).start();
    }

    /** Reads each process's first line, byte by byte (its later output is read by {@link #stop}): "ready". */
    private static void awaitReady(List<Process> processes) throws IOException {
        for (Process p : processes) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = p.getInputStream().read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
            if (!line.toString().equals("ready")) {
                fail("a probe process did not start: " + line + new String(p.getInputStream().readAllBytes(),
                        StandardCharsets.US_ASCII));
            }
        }
    }

    /** Ends a probe process (its standard input closes) and returns its count lines. */
    private static List<String> stop(Process p) throws IOException, InterruptedException {
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("a probe process did not stop");
        }
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals("end")) {
            fail("a probe process ended without its counts:\n" + String.join("\n", lines));
        }
        return lines.subList(0, lines.size() - 1);
    }

    private static RenderedConfig single(List<RenderedConfig> configs) {
        assertEquals(1, configs.size(), "the load policies have one device");
        return configs.get(0);
    }
}
