package dev.zonec.render;

import java.util.Map;

/**
 * What the output folder held before this compile (for which site), device by device: the names its files created or deleted on each
 * device, and the platform they were written for. A device that changed platform starts again from nothing.
 */
public record PriorOutput(String site, Map<String, Device> devices) {

    public static final PriorOutput NONE = new PriorOutput("", Map.of());

    public PriorOutput {
        devices = Map.copyOf(devices);
    }

    /** One device's share of the previous manifest. */
    public record Device(String platform, Ownership names) {}

    /** This, if it was written for the named site; nothing otherwise (a folder reused for another site). */
    public PriorOutput forSite(String name) {
        return site.equals(name) ? this : NONE;
    }

    /** What an earlier output may have left on this device; empty when there was none for this platform. */
    public Ownership of(String device, String platform) {
        Device d = devices.get(device);
        return d != null && d.platform().equals(platform) ? d.names() : Ownership.NONE;
    }
}
