package dev.zonec.model.ir;

import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.FlowKey;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.source.Span;
import java.util.List;

/**
 * One permit on one device: packets entering from {@code inZone} and leaving to {@code outZone}, from
 * {@code sources} to {@code destinations} (addresses of {@code family} only), matching one of {@code matches}.
 * {@code service} is the service of the policy this rule serves (for a REPLY rule, the service replied to);
 * {@code flow} says which flow it serves (conduit, rule name, zones), {@code origin} is the allow rule it came from.
 * A rule for the device's own traffic has {@link #DEVICE} as its {@code outZone}: the device accepts the packets
 * itself.
 */
public record IrRule(
        FlowKey flow,
        String inZone,
        String outZone,
        IpFamily family,
        List<Endpoint> sources,
        List<Endpoint> destinations,
        ServiceUse service,
        List<Match> matches,
        RuleKind kind,
        boolean log,
        Span origin) {

    public IrRule {
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        matches = List.copyOf(matches);
    }

    /** The {@code outZone} of a rule whose packets the device accepts itself; no zone can have this name. */
    public static final String DEVICE = "(device)";

    /** Whether the device accepts these packets itself instead of forwarding them. */
    public boolean toDevice() {
        return outZone.equals(DEVICE);
    }

    /** The flow's number in policy order: for grouping within one run, never for a name. */
    public int flowId() {
        return flow.id();
    }

    public String conduit() {
        return flow.conduit();
    }

    /** The rule's name in its conduit. */
    public String rule() {
        return flow.rule();
    }
}
