package dev.zonec.render;

import dev.zonec.model.site.Platform;
import dev.zonec.model.ir.IrRule;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The generated configuration of one device: usually one file, sometimes more (iptables writes its IPv4 and IPv6
 * rulesets separately). {@code ruleCount} is the number of IR rules the device enforces; {@code rules} are those
 * rules, from which {@link #origins} maps each policy rule the device carries, as its configs cite it
 * ({@code hmi-control/hmi-polling}), to the policy line it is written on ({@code conduits.zc:7}), for the manifest:
 * the configs cite what stays when lines move, the manifest keeps the line. The rules are the IR's own, shared; the
 * map is made when the manifest is written, not kept beside every device through the proofs (on a core firewall
 * facing 500 zones it was a tenth of the live heap).
 */
public record RenderedConfig(String device, Platform platform, List<OutputFile> files, int ruleCount,
                             List<IrRule> rules) {
    public RenderedConfig {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
    }

    public RenderedConfig(String device, Platform platform, List<OutputFile> files, int ruleCount) {
        this(device, platform, files, ruleCount, List.of());
    }

    /** The citations and policy lines of the device's rules. */
    public SortedMap<String, String> origins() {
        SortedMap<String, String> origins = new TreeMap<>();
        rules.forEach(r -> origins.putIfAbsent(StableNames.citation(r.flow()), r.origin().origin()));
        return origins;
    }
}
