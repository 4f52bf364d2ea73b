package dev.zonec.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.cli.Main;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.Match;
import dev.zonec.platform.linux.Iptables;
import dev.zonec.platform.linux.Nftables;
import dev.zonec.model.site.Site;
import dev.zonec.testing.RealTool;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The port terminal, compiled with {@code lab-inventory.yaml} (every device a Linux router, nftables and iptables
 * alternating), built as network namespaces: a namespace per zone holding its hosts, a namespace per router with the
 * generated rules loaded, veth links, and routes along the paths zonec places flows on. Real TCP and UDP exchanges then test every
 * allowed flow of the policy and a deterministic sample of denied ones; the observed matrix must equal the policy's.
 * The switches' own addresses (the inventory's {@code address:}) live in their routers' namespaces: the jump host's
 * SSH to them must pass the routers' input side (one nftables, one iptables), and SSH from a host beside them must not.
 *
 * <p>Needs root and iproute2, nftables, iptables and socat: outside CI it skips with a message when any is missing;
 * in CI ({@code ZONEC_CI}, set by {@code .ci/run}, which installs them) it fails instead.
 */
class LiveKernelTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", "..")).toAbsolutePath().normalize();
    private static final Path SITE = REPO.resolve("policies/port-terminal");
    private static final Path INVENTORY = SITE.resolve("lab-inventory.yaml");
    private static final Path WORK = REPO.resolve("compiler/target/live-kernel");

    /** Needs no root: the lab inventory stays a clean site even where the kernel test skips. */
    @Test
    void theLabInventoryChecksClean() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"check", SITE.toString(), "--inventory", INVENTORY.toString(), "--today", "2026-01-01"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, exit, out + "\n" + err);
    }

    @Test
    void theKernelEnforcesExactlyThePolicyMatrix() throws IOException, InterruptedException {
        Path ip = RealTool.require("ip");
        Path ss = RealTool.require("ss");
        Path socat = RealTool.require("socat");
        Lab.Tools tools = Lab.Tools.require();
        long t0 = System.nanoTime();

        LabSite compiled = LabSite.compile(SITE, INVENTORY);
        Site site = compiled.site();
        site.devices().forEach(d -> assertTrue(d.platform().equals(Nftables.PLATFORM) || d.platform().equals(Iptables.PLATFORM),
                d.name() + " is " + d.platform().id() + ": every device of the lab inventory must be a Linux router"));
        List<Probe> probes = ProbePlanner.plan(site);
        everyFlowIsProbed(site, probes);
        LabRouting routing = LabRouting.of(site);
        probes.stream().filter(p -> p.expected() == Verdict.OPEN)
                .forEach(p -> routing.checkSymmetric(p.sourceZone(), p.destinationZone()));
        LabLayout layout = LabLayout.of(site, routing, Lab.prefixForThisRun(), hostsByZone(probes));
        deleteRecursively(WORK);
        Files.createDirectories(WORK);

        Netns netns = new Netns(ip);
        Map<Probe, Observation> observed;
        long t1 = System.nanoTime();
        long t2;
        long t3;
        int listenerCount;
        try (Lab lab = Lab.build(netns, layout, compiled.configs(), tools, WORK.resolve("lab"))) {
            t2 = System.nanoTime();
            try (Listeners listeners = Listeners.start(netns, layout, socat, ss, probes, WORK.resolve("listeners"))) {
                listenerCount = listeners.size();
                t3 = System.nanoTime();
                observed = new ProbeRunner(netns, layout, socat).runAll(probes);
            }
        }
        long t4 = System.nanoTime();
        String timings = String.format("time: compile and plan %d ms, %d namespaces built and %d rule files loaded "
                        + "in %d ms, %d listeners in %d ms, probes in %d ms (the whole test incl. teardown %d ms)",
                ms(t1 - t0), layout.namespaces().size(), compiled.configs().stream().mapToInt(c -> c.files().size()).sum(),
                ms(t2 - t1), listenerCount, ms(t3 - t2), ms(t4 - t3), ms(System.nanoTime() - t0));

        MatrixReport report = new MatrixReport(site, layout, probes, observed, timings);
        String text = report.text();
        Files.writeString(WORK.resolve("matrix.txt"), text);
        System.out.println(text);

        assertTrue(report.count(Verdict.OPEN) > 0 && report.count(Verdict.CLOSED) > 0, report.summary());
        assertTrue(report.multiHop(Verdict.OPEN) > 0, "no allowed probe crosses several routers: " + report.summary());
        assertEquals(new TreeSet<>(layout.devices()), report.routersCrossed(Verdict.OPEN),
                "every router (nftables and iptables alike) must carry allowed traffic");
        for (dev.zonec.model.site.Platform platform : List.of(Nftables.PLATFORM, Iptables.PLATFORM)) {
            for (Verdict verdict : List.of(Verdict.OPEN, Verdict.CLOSED)) {
                assertTrue(probes.stream().anyMatch(p -> p.expected() == verdict && p.port() == 22
                                && p.protocol() == dev.zonec.model.site.Protocol.TCP
                                && LabLayout.Own.of(p.destinationZone()).map(o -> site.devicesByName().get(o.device())
                                .platform().equals(platform)).orElse(false)),
                        "no " + verdict + " ssh probe to a router's own address on " + platform.id());
            }
        }
        assertEquals(List.of(), report.mismatches().stream().map(p -> "#" + p.id() + " " + p.source() + " -> "
                        + p.destination() + " " + p.service() + ": policy " + p.expected() + ", kernel "
                        + observed.get(p).verdict() + " " + observed.get(p).detail()).toList(),
                "the kernel's matrix differs from the policy's (full matrix in " + WORK.resolve("matrix.txt") + ")");
    }

    /** Every flow with a TCP or UDP term has at least one probe that expects it open. */
    private static void everyFlowIsProbed(Site site, List<Probe> probes) {
        for (Flow flow : site.flows()) {
            boolean hasTerm = flow.services().stream().flatMap(s -> s.matches().stream())
                    .anyMatch(m -> m instanceof Match.L4);
            boolean probed = probes.stream().anyMatch(p -> p.kind() == ProbeKind.FLOW
                    && p.why().startsWith("flow " + flow.id() + " "));
            assertTrue(!hasTerm || probed, "flow " + flow.id() + " has no probe");
        }
    }

    /** Every address a probe uses, by the zone whose namespace must hold it. */
    private static Map<String, Set<String>> hostsByZone(List<Probe> probes) {
        Map<String, Set<String>> hosts = new TreeMap<>();
        for (Probe p : probes) {
            hosts.computeIfAbsent(p.sourceZone(), z -> new TreeSet<>()).add(p.source());
            hosts.computeIfAbsent(p.destinationZone(), z -> new TreeSet<>()).add(p.destination());
        }
        return hosts;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000L;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
