package dev.zonec.check;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.Invariant;
import dev.zonec.model.site.Site;
import dev.zonec.packet.PacketSpace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Check stage entry point: proves the reachability requirements against the per-device rules the lowering
 * produced (the rules that will be emitted, not the intent), runs the IEC 62443 rule pack and the redundancy
 * check, and applies the policy's waivers as of {@code today}.
 */
public final class Checker {

    private Checker() {}

    /**
     * The IEC 62443 rule pack alone, with the waivers that accept its findings: for a run whose placement failed,
     * so that a flow's policy findings (a flow that skips the DMZ, say) come in the same run as its placement error.
     * Requirements and redundancy need the rules, and an unused waiver is not judged without them.
     */
    public static void rulePackOnly(Site site, LocalDate today, Diagnostics diagnostics) {
        Waivers waivers = new Waivers(site, today);
        for (Finding f : RulePack.run(site)) {
            diagnostics.report(f.diagnostic().isWaived() ? f.diagnostic() : waivers.apply(f));
        }
    }

    /** @param threads how many devices to check for redundant rules at once; the result is the same for any number */
    public static List<InvariantResult> check(Site site, Ir ir, LocalDate today, Diagnostics diagnostics, int threads) {
        PacketSpace space = PacketSpace.forRules(ir.devices().stream().mapToLong(d -> d.rules().size()).sum());
        RuleSets ruleSets = new RuleSets(space);
        Waivers waivers = new Waivers(site, today);
        List<Finding> findings = new ArrayList<>();
        List<InvariantResult> results = new ArrayList<>();
        InvariantCheck invariants = new InvariantCheck(site, ir, space, ruleSets, waivers);
        for (Invariant invariant : site.invariants()) {
            InvariantCheck.Outcome outcome = invariants.check(invariant);
            results.add(outcome.result());
            outcome.finding().ifPresent(findings::add);
        }
        findings.addAll(RulePack.run(site));
        findings.addAll(Redundancy.run(ir, threads));
        for (Finding f : findings) {
            diagnostics.report(f.diagnostic().isWaived() ? f.diagnostic() : waivers.apply(f));
        }
        waivers.problems().forEach(diagnostics::report);
        return results;
    }
}
