package dev.zonec.check;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Suppression;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.Site;
import dev.zonec.model.site.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policy's accepted risks, as of a date. An expired waiver is an error and accepts nothing; an active one
 * accepts the findings of its code about its target; one that accepts nothing is a warning.
 */
final class Waivers {
    private final List<Waiver> active = new ArrayList<>();
    private final Set<Waiver> used = new LinkedHashSet<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<Integer, Flow> flows = new HashMap<>();

    Waivers(Site site, LocalDate today) {
        site.flows().forEach(f -> flows.put(f.id(), f));
        for (Waiver w : site.waivers()) {
            if (w.expires().isBefore(today)) {
                problems.add(Diagnostic.error(Code.ZC0620, "waiver of " + w.code() + " on " + w.target().describe()
                                + " expired on " + w.expires())
                        .at(w.span())
                        .help("renew it with a new date after reviewing the risk, or fix what it accepted").build());
            } else {
                active.add(w);
            }
        }
    }

    /** The finding, waived if an active waiver covers it. */
    Diagnostic apply(Finding finding) {
        for (Waiver w : active) {
            if (w.code() == finding.diagnostic().code() && covers(w, finding)) {
                used.add(w);
                return finding.diagnostic().waivedBy(suppression(w));
            }
        }
        return finding.diagnostic();
    }

    /** Does an active waiver of {@code code} tell the check to disregard this rule on this device? */
    boolean disregards(Code code, String device, IrRule rule) {
        return active.stream().anyMatch(w -> w.code() == code && coversRule(w, device, rule));
    }

    boolean anyFor(Code code) {
        return active.stream().anyMatch(w -> w.code() == code);
    }

    /** The first active waiver of {@code code} covering a rule of the witness; marks it used. */
    Optional<Suppression> acceptWitness(Code code, Chain witness) {
        for (Waiver w : active) {
            if (w.code() != code) {
                continue;
            }
            for (Chain.Link link : witness.links()) {
                for (Hop hop : link.hops()) {
                    if (coversRule(w, hop.device(), hop.rule())) {
                        used.add(w);
                        return Optional.of(suppression(w));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Expired waivers, and (once every check has run) the active ones that accepted nothing. */
    List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>(problems);
        for (Waiver w : active) {
            if (!used.contains(w)) {
                all.add(Diagnostic.warning(Code.ZC0621, "waiver of " + w.code() + " on " + w.target().describe()
                                + " accepts no finding").at(w.span())
                        .help("remove it: the risk it accepted is gone (or the target is misnamed)").build());
            }
        }
        return all;
    }

    private boolean covers(Waiver w, Finding f) {
        Waiver.Target t = w.target();
        if (t instanceof Waiver.Target.Conduit c) {
            return f.conduits().contains(c.name());
        }
        if (t instanceof Waiver.Target.Device d) {
            return f.devices().contains(d.name());
        }
        if (t instanceof Waiver.Target.Zone z) {
            return f.zones().contains(z.name());
        }
        Waiver.Target.Flow flow = (Waiver.Target.Flow) t;
        return f.flows().stream().map(flows::get).anyMatch(flow::covers);
    }

    private boolean coversRule(Waiver w, String device, IrRule rule) {
        Waiver.Target t = w.target();
        Flow flow = flows.get(rule.flowId());
        if (t instanceof Waiver.Target.Conduit c) {
            return rule.conduit().equals(c.name());
        }
        if (t instanceof Waiver.Target.Device d) {
            return device.equals(d.name());
        }
        if (t instanceof Waiver.Target.Zone z) {
            return flow.sourceZone().equals(z.name()) || flow.destinationZone().equals(z.name());
        }
        return ((Waiver.Target.Flow) t).covers(flow);
    }

    private static Suppression suppression(Waiver w) {
        return new Suppression(w.justification(), w.owner(), w.expires(), w.span());
    }
}
