package dev.zonec.lab;

import dev.zonec.model.site.Site;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The observed matrix next to the policy's: one line per probe with source, destination, service, the routers on its
 * path, the expected and the observed verdict. Printed in the test output and written to
 * {@code compiler/target/live-kernel/matrix.txt}.
 */
record MatrixReport(Site site, LabLayout layout, List<Probe> probes, Map<Probe, Observation> observed,
                    String timings) {

    MatrixReport {
        probes = List.copyOf(probes);
        observed = Map.copyOf(observed);
    }

    List<Probe> mismatches() {
        return probes.stream().filter(p -> observed.get(p).verdict() != p.expected()).toList();
    }

    long count(Verdict expected) {
        return probes.stream().filter(p -> p.expected() == expected).count();
    }

    long multiHop(Verdict expected) {
        return probes.stream().filter(p -> p.expected() == expected && path(p).size() > 1).count();
    }

    /** The routers at least one probe with this expected verdict crosses. */
    Set<String> routersCrossed(Verdict expected) {
        return probes.stream().filter(p -> p.expected() == expected).flatMap(p -> path(p).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    List<String> path(Probe probe) {
        return layout.routing().devicesBetween(probe.sourceZone(), probe.destinationZone());
    }

    String summary() {
        List<Probe> wrong = mismatches();
        return String.format("%d probes: %d expected open (%d across several routers), %d expected closed "
                        + "(%d across several routers); %d match the policy, %d differ",
                probes.size(), count(Verdict.OPEN), multiHop(Verdict.OPEN), count(Verdict.CLOSED),
                multiHop(Verdict.CLOSED), probes.size() - wrong.size(), wrong.size());
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("zonec live kernel test: site ").append(site.name()).append(", policies/port-terminal/lab-inventory.yaml\n");
        out.append("routers: ").append(site.devices().stream().map(d -> d.name() + " (" + d.platform().id() + ")")
                .collect(Collectors.joining(", "))).append('\n');
        out.append("routes (the zones each router sends traffic to; allowed flows follow zonec's placement):\n");
        layout.devices().forEach(d -> out.append("  ").append(d).append(": ")
                .append(String.join(", ", layout.routing().zonesReachedFrom(d))).append('\n'));
        out.append(timings).append('\n');
        out.append(summary()).append("\n\n");
        out.append(String.format("%4s  %-10s  %-31s  %-31s  %-9s  %-8s %-8s %6s  %-34s  %s%n", "#", "kind", "source",
                "destination", "service", "expected", "observed", "ms", "via", "why"));
        for (Probe p : probes) {
            Observation o = observed.get(p);
            String mark = o.verdict() == p.expected() ? "" : "  <-- DIFFERS";
            String detail = o.detail().isEmpty() || o.verdict() == p.expected() ? "" : " [" + o.detail() + "]";
            out.append(String.format("%4d  %-10s  %-31s  %-31s  %-9s  %-8s %-8s %6d  %-34s  %s%s%s%n", p.id(),
                    p.kind().label(), p.sourceZone() + " " + p.source(), p.destinationZone() + " " + p.destination(),
                    p.service(), p.expected(), o.verdict(), o.millis(), String.join(" > ", path(p)), p.why(), detail,
                    mark));
        }
        List<Probe> wrong = mismatches();
        if (!wrong.isEmpty()) {
            out.append("\nDIFFERENCES (").append(wrong.size()).append("):\n");
            wrong.forEach(p -> out.append(String.format("  #%d %s %s -> %s %s: policy %s, kernel %s %s%n", p.id(),
                    p.kind().label(), p.source(), p.destination(), p.service(), p.expected(), observed.get(p).verdict(),
                    observed.get(p).detail())));
        }
        return out.toString();
    }
}
