package dev.zonec.view;

import dev.zonec.check.Chain;
import dev.zonec.check.InvariantCheck;
import dev.zonec.check.InvariantResult;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Conduit;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.Invariant;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the pictures of a site show, gathered once from a checked site: its zones (highest Purdue level first), its
 * conduits as zone-to-zone edges with their services and the devices that enforce them, the zone-to-zone matrix,
 * requirements with their verdicts, findings and waivers. Graph, matrix and report render this; none reads the
 * model again.
 */
public record SiteView(String site, List<Zone> zones, List<Edge> edges, Map<Pair, Cell> cells,
                       List<Requirement> requirements, List<Diagnostic> findings, List<Diagnostic> waived) {

    /** A zone pair, from the zone that opens connections to the zone that accepts them. */
    public record Pair(String from, String to) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            return Comparator.comparing(Pair::from).thenComparing(Pair::to).compare(this, o);
        }
    }

    /** One conduit between two of its zones: the services its flows allow there, and the devices that enforce them. */
    public record Edge(String conduit, Pair pair, Set<String> services, Set<String> devices, boolean violating,
                       boolean hasFinding, boolean hasWaiver) {}

    /** A cell of the matrix. */
    public record Cell(Set<String> services, Set<String> devices, Set<String> conduits, List<Diagnostic> findings,
                       List<Diagnostic> waived, List<Requirement> requirements) {
        public boolean empty() {
            return services.isEmpty() && findings.isEmpty() && waived.isEmpty() && requirements.isEmpty();
        }

        public boolean violated() {
            return requirements.stream().anyMatch(r -> r.status().equals("violated"));
        }
    }

    /** A requirement and its verdict: holds, waived or violated; {@code pairs} the cells it speaks about. */
    public record Requirement(String text, String status, Span span, Optional<String> witness, List<Pair> pairs,
                              Optional<String> zone) {}

    public static SiteView of(PipelineResult result) {
        Site site = result.site().orElseThrow(() -> new IllegalArgumentException("no site to picture"));
        List<Zone> zones = new ArrayList<>(site.zones());
        zones.sort(Comparator.comparing((Zone z) -> -z.level().tenths()).thenComparing(Zone::name));
        // devices per flow (request rules only: where the connection is opened)
        Map<Integer, Set<String>> devicesOfFlow = new HashMap<>();
        result.ir().ifPresent(ir -> {
            for (DeviceIr d : ir.devices()) {
                for (IrRule r : d.rules()) {
                    if (r.kind() == RuleKind.REQUEST) {
                        devicesOfFlow.computeIfAbsent(r.flowId(), f -> new TreeSet<>()).add(d.device().name());
                    }
                }
            }
        });
        // flows a witness of a violated requirement goes through
        Set<Integer> violatingFlows = new TreeSet<>();
        List<Requirement> requirements = new ArrayList<>();
        for (InvariantResult r : result.invariants()) {
            String status = r.witness().isEmpty() ? "holds" : r.waiver().isPresent() ? "waived" : "violated";
            if (status.equals("violated")) {
                r.witness().get().links().forEach(l -> l.hops().forEach(h -> violatingFlows.add(h.rule().flowId())));
            }
            requirements.add(new Requirement(InvariantCheck.describe(r.invariant()), status, r.invariant().span(),
                    r.witness().map(Chain::describe), pairs(r.invariant()), zone(r.invariant())));
        }
        List<Diagnostic> findings = result.diagnostics().stream().filter(d -> !d.isWaived() && !isRequirement(d)).toList();
        List<Diagnostic> waived = result.diagnostics().stream().filter(Diagnostic::isWaived).toList();
        Map<String, Conduit> conduits = new HashMap<>();
        site.conduits().forEach(c -> conduits.put(c.name(), c));

        Map<List<String>, Edge> edges = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        Map<Pair, Cell> cells = new TreeMap<>();
        for (Flow f : site.flows()) {
            Pair pair = new Pair(f.sourceZone(), f.destinationZone());
            Set<String> services = new TreeSet<>();
            f.services().stream().map(ServiceUse::name).forEach(services::add);
            Set<String> devices = devicesOfFlow.getOrDefault(f.id(), Set.of());
            List<Diagnostic> flowFindings = about(findings, f, conduits.get(f.conduit()));
            List<Diagnostic> flowWaived = about(waived, f, conduits.get(f.conduit()));
            List<String> key = List.of(f.conduit(), pair.from(), pair.to());
            Edge old = edges.get(key);
            Set<String> allServices = new TreeSet<>(services);
            Set<String> allDevices = new TreeSet<>(devices);
            boolean violating = violatingFlows.contains(f.id());
            boolean finding = !flowFindings.isEmpty();
            boolean waiver = !flowWaived.isEmpty();
            if (old != null) {
                allServices.addAll(old.services());
                allDevices.addAll(old.devices());
                violating |= old.violating();
                finding |= old.hasFinding();
                waiver |= old.hasWaiver();
            }
            edges.put(key, new Edge(f.conduit(), pair, allServices, allDevices, violating, finding, waiver));
            Cell cell = cells.computeIfAbsent(pair, p -> emptyCell());
            cell.services().addAll(services);
            cell.devices().addAll(devices);
            cell.conduits().add(f.conduit());
            flowFindings.stream().filter(d -> !cell.findings().contains(d)).forEach(cell.findings()::add);
            flowWaived.stream().filter(d -> !cell.waived().contains(d)).forEach(cell.waived()::add);
        }
        for (Requirement r : requirements) {
            for (Pair p : r.pairs()) {
                cells.computeIfAbsent(p, x -> emptyCell()).requirements().add(r);
            }
        }
        return new SiteView(site.name(), List.copyOf(zones), List.copyOf(edges.values()), cells, List.copyOf(requirements),
                findings, waived);
    }

    private static Cell emptyCell() {
        return new Cell(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** Diagnostics about a flow: located at its allow rule, or at its conduit. */
    private static List<Diagnostic> about(List<Diagnostic> diagnostics, Flow flow, Conduit conduit) {
        return diagnostics.stream().filter(d -> d.primary().isPresent()
                && (d.primary().get().equals(flow.origin()) || (conduit != null && d.primary().get().equals(conduit.span()))))
                .toList();
    }

    private static boolean isRequirement(Diagnostic d) {
        return d.code().name().startsWith("ZC040");
    }

    private static List<Pair> pairs(Invariant invariant) {
        if (invariant instanceof Invariant.NoPath np) {
            return List.of(new Pair(np.from(), np.to()));
        }
        if (invariant instanceof Invariant.Via via) {
            return List.of(new Pair(via.from(), via.to()));
        }
        return List.of();
    }

    private static Optional<String> zone(Invariant invariant) {
        return invariant instanceof Invariant.Isolated iso ? Optional.of(iso.zone()) : Optional.empty();
    }

    /** The zones an isolation requirement that is violated speaks about. */
    public Set<String> violatedZones() {
        Set<String> zones = new TreeSet<>();
        requirements.stream().filter(r -> r.status().equals("violated")).forEach(r -> {
            r.zone().ifPresent(zones::add);
            r.pairs().forEach(p -> {
                zones.add(p.from());
                zones.add(p.to());
            });
        });
        return zones;
    }

    public Map<String, Zone> zonesByName() {
        Map<String, Zone> map = new LinkedHashMap<>();
        zones.forEach(z -> map.put(z.name(), z));
        return map;
    }
}
