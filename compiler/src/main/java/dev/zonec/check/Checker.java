package dev.zonec.check;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Invariant;
import dev.zonec.model.site.Site;
import dev.zonec.packet.PacketSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Check stage entry point: proves the policy's invariants against the per-device rules the lowering produced
 * (the rules that will be emitted, not the intent) and reports each violation with its witness.
 */
public final class Checker {

    private Checker() {}

    public static List<InvariantResult> check(Site site, Ir ir, Diagnostics diagnostics) {
        PacketSpace space = new PacketSpace();
        NoPathCheck noPath = new NoPathCheck(site, space, new Forwarding(ir, space));
        List<InvariantResult> results = new ArrayList<>();
        for (Invariant invariant : site.invariants()) {
            InvariantResult result = noPath.check((Invariant.NoPath) invariant);
            results.add(result);
            result.witness().ifPresent(w -> diagnostics.report(violation((Invariant.NoPath) invariant, w)));
        }
        return results;
    }

    private static Diagnostic violation(Invariant.NoPath invariant, InvariantResult.Witness witness) {
        Diagnostic.Builder d = Diagnostic.error(Code.ZC0401, "`require no-path " + invariant.from() + " -> "
                        + invariant.to() + "` is violated: " + witness.packet().describe() + " gets through")
                .at(invariant.span());
        // one label per allow rule, naming every device where that rule let the packet through
        java.util.Map<dev.zonec.model.source.Span, List<String>> byRule = new java.util.LinkedHashMap<>();
        for (Hop hop : witness.hops()) {
            byRule.computeIfAbsent(hop.rule().origin(), k -> new ArrayList<>()).add("`" + hop.device() + "` ("
                    + hop.inZone() + " -> " + hop.outZone()
                    + (hop.rule().kind() == dev.zonec.model.ir.RuleKind.REPLY ? ", as a stateless reply rule" : "") + ")");
        }
        byRule.forEach((origin, devices) -> d.label(origin, "lets it through " + String.join(", then ", devices)));
        return d.help("remove or narrow the allow rule(s) above, or drop the requirement if the flow is intended").build();
    }
}
