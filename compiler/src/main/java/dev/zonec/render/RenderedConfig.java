package dev.zonec.render;

import dev.zonec.model.site.Platform;
import dev.zonec.model.ir.IrRule;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The generated configuration of one device: usually one file, sometimes more (iptables writes its IPv4 and IPv6
 * rulesets separately). {@code ruleCount} is the number of IR rules the device enforces; {@code origins} maps each
 * policy rule the device carries, as its configs cite it ({@code hmi-control/hmi-polling}), to the policy line it
 * is written on ({@code conduits.zc:7}), for the manifest: the configs cite what stays when lines move, the
 * manifest keeps the line.
 */
public record RenderedConfig(String device, Platform platform, List<OutputFile> files, int ruleCount,
                             SortedMap<String, String> origins) {
    public RenderedConfig {
        files = List.copyOf(files);
        origins = Collections.unmodifiableSortedMap(new TreeMap<>(origins));
    }

    public RenderedConfig(String device, Platform platform, List<OutputFile> files, int ruleCount) {
        this(device, platform, files, ruleCount, new TreeMap<>());
    }

    /** The citations and policy lines of a device's rules. */
    public static SortedMap<String, String> origins(List<IrRule> rules) {
        SortedMap<String, String> origins = new TreeMap<>();
        rules.forEach(r -> origins.putIfAbsent(StableNames.citation(r.flow()), r.origin().origin()));
        return origins;
    }
}
