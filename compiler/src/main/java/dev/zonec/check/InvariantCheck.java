package dev.zonec.check;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Invariant;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proves the site's reachability requirements on the emitted rules, pivots included (see {@link PivotSearch}).
 * A violation is first looked for on every rule; if one exists and waivers of the requirement's code apply, the
 * check is repeated without the waived rules: if it then holds, the violation is reported as waived; if not, the
 * remaining violation is reported.
 */
public final class InvariantCheck {
    private final Site site;
    private final Ir ir;
    private final PacketSpace space;
    private final RuleSets ruleSets;
    private final Waivers waivers;
    private final PivotSearch search;
    private final Forwarding all;
    private final Map<Code, Forwarding> withoutWaived = new EnumMap<>(Code.class);

    InvariantCheck(Site site, Ir ir, PacketSpace space, RuleSets ruleSets, Waivers waivers) {
        this.site = site;
        this.ir = ir;
        this.space = space;
        this.ruleSets = ruleSets;
        this.waivers = waivers;
        this.search = new PivotSearch(site, space, new Reachability(site.topology(), space));
        this.all = new Forwarding(ir, space, ruleSets, (device, rule) -> false);
    }

    record Outcome(InvariantResult result, Optional<Finding> finding) {}

    Outcome check(Invariant invariant) {
        Code code = code(invariant);
        Optional<Chain> witness = violation(invariant, all);
        if (witness.isEmpty()) {
            return new Outcome(new InvariantResult(invariant, Optional.empty(), Optional.empty()), Optional.empty());
        }
        if (waivers.anyFor(code)) {
            Forwarding waived = withoutWaived.computeIfAbsent(code, c -> new Forwarding(ir, space, ruleSets,
                    (device, rule) -> waivers.disregards(c, device, rule)));
            Optional<Chain> remaining = violation(invariant, waived);
            if (remaining.isEmpty()) {
                var accepted = waivers.acceptWitness(code, witness.get());
                if (accepted.isPresent()) {
                    Finding finding = finding(invariant, witness.get());
                    return new Outcome(new InvariantResult(invariant, witness, accepted),
                            Optional.of(new Finding(finding.diagnostic().waivedBy(accepted.get()), finding.flows(),
                                    finding.conduits(), finding.devices(), finding.zones())));
                }
            } else {
                witness = remaining;
            }
        }
        return new Outcome(new InvariantResult(invariant, witness, Optional.empty()),
                Optional.of(finding(invariant, witness.get())));
    }

    private Optional<Chain> violation(Invariant invariant, Forwarding forwarding) {
        if (invariant instanceof Invariant.NoPath np) {
            return search.search(forwarding, List.of(np.from()), List.of(np.to()), Set.of());
        }
        if (invariant instanceof Invariant.Via via) {
            return search.search(forwarding, List.of(via.from()), List.of(via.to()), Set.of(via.through()));
        }
        Invariant.Isolated iso = (Invariant.Isolated) invariant;
        List<String> outside = new ArrayList<>();
        for (Zone z : site.zones()) {
            if (!z.name().equals(iso.zone()) && !iso.except().contains(z.name())) {
                outside.add(z.name());
            }
        }
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        Optional<Chain> in = search.search(forwarding, outside, List.of(iso.zone()), Set.of());
        return in.isPresent() ? in : search.search(forwarding, List.of(iso.zone()), outside, Set.of());
    }

    private Finding finding(Invariant invariant, Chain witness) {
        Diagnostic.Builder d = Diagnostic.error(code(invariant), "`" + describe(invariant) + "` is violated: "
                        + summary(witness))
                .at(invariant.span());
        // one label per allow rule: which step of the chain it let through, and on which devices
        Map<Span, List<String>> byRule = new LinkedHashMap<>();
        java.util.Set<Integer> flows = new java.util.TreeSet<>();
        java.util.Set<String> conduits = new java.util.TreeSet<>();
        java.util.Set<String> devices = new java.util.TreeSet<>();
        for (Chain.Link link : witness.links()) {
            Map<Span, List<String>> hopsOfLink = new LinkedHashMap<>();
            for (Hop hop : link.hops()) {
                hopsOfLink.computeIfAbsent(hop.rule().origin(), k -> new ArrayList<>()).add("`" + hop.device() + "` ("
                        + hop.inZone() + " -> " + hop.outZone()
                        + (hop.rule().kind() == dev.zonec.model.ir.RuleKind.REPLY ? ", a stateless reply rule" : "") + ")");
                flows.add(hop.rule().flowId());
                conduits.add(hop.rule().conduit());
                devices.add(hop.device());
            }
            hopsOfLink.forEach((origin, hops) -> byRule.computeIfAbsent(origin, k -> new ArrayList<>())
                    .add(link.from() + " reach " + link.to() + " through " + String.join(", ", hops)));
        }
        byRule.forEach((origin, steps) -> d.label(origin, "lets " + String.join("; and lets ", steps)));
        if (witness.links().stream().anyMatch(Chain.Link::pivot)) {
            d.help("a host reached on a remote-control service (SSH, RDP, VNC, Telnet, WinRM, or HTTPS to a "
                    + "remote-access gateway) is a pivot: what it reaches counts as reached by whoever reaches it");
        }
        d.help("remove or narrow the allow rules above, or accept the risk with `waive " + code(invariant).name()
                + " on flow SRC -> DST \"why\" owner \"who\" expires YYYY-MM-DD`");
        List<String> zones = new ArrayList<>();
        witness.links().forEach(l -> l.hops().forEach(h -> {
            zones.add(h.inZone());
            zones.add(h.outZone());
        }));
        return new Finding(d.build(), flows, conduits, devices, Set.copyOf(zones));
    }

    private static String summary(Chain witness) {
        if (witness.links().size() == 1) {
            Chain.Link l = witness.links().get(0);
            return l.packet().describe() + " gets from " + l.from() + " to " + l.to();
        }
        return witness.describe();
    }

    /** The requirement as the policy writes it. */
    public static String describe(Invariant invariant) {
        if (invariant instanceof Invariant.NoPath np) {
            return "require no-path " + np.from() + " -> " + np.to();
        }
        if (invariant instanceof Invariant.Via via) {
            return "require via " + via.through() + " : " + via.from() + " -> " + via.to();
        }
        Invariant.Isolated iso = (Invariant.Isolated) invariant;
        return "require isolated " + iso.zone() + (iso.except().isEmpty() ? "" : " except " + String.join(", ", iso.except()));
    }

    public static Code code(Invariant invariant) {
        if (invariant instanceof Invariant.NoPath) {
            return Code.ZC0401;
        }
        return invariant instanceof Invariant.Via ? Code.ZC0402 : Code.ZC0403;
    }
}
