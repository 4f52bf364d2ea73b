package dev.zonec.render;

import dev.zonec.model.site.Platform;
import java.util.List;

/**
 * The generated configuration of one device: usually one file, sometimes more (iptables writes its IPv4 and IPv6
 * rulesets separately). {@code ruleCount} is the number of IR rules the device enforces.
 */
public record RenderedConfig(String device, Platform platform, List<OutputFile> files, int ruleCount) {
    public RenderedConfig {
        files = List.copyOf(files);
    }
}
