package dev.zonec.lower;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a flow to a device itself ({@code allow jump-host -> device sw-core : ssh}) is placed: the other devices on
 * its paths forward it as any flow to the device's zone, and the device accepts it from the zones it arrives from: the
 * zones it enters the device by where the device is on a path, else the zone of the device's address.
 */
public final class OwnTraffic {

    private OwnTraffic() {}

    /**
     * Whether zonec writes a device's own traffic on its platform: a stateless ingress ACL (IOS, NX-OS, EOS, Junos
     * filters) filters what is addressed to the device as much as what it forwards, so its rules are written into the
     * same ACLs; a Linux router gets an input chain of zonec's own; SRX and PAN-OS their own policies (rules). Elsewhere
     * the device's own traffic is governed by settings zonec does not write (ZC0509).
     */
    public static boolean written(Platform platform) {
        return platform.capabilities().ownTraffic() != Capabilities.OwnTraffic.NONE;
    }

    /**
     * Whether the device writes a flow to itself accepted from zone {@code in}: on a platform that decides its own
     * traffic by the zone of the address it is sent to (SRX), only from that zone; elsewhere as {@link #written}.
     */
    public static boolean written(Platform platform, Flow flow, String in) {
        return written(platform) && (platform.capabilities().ownTraffic() != Capabilities.OwnTraffic.HOST_ZONE
                || in.equals(flow.destinationZone()));
    }

    /** A flow's crossings split into the devices that forward it and the zones its target device accepts it from. */
    public record Split(List<Crossing> forwarded, SortedSet<String> accepted) {}

    public static Split split(Flow flow, SortedSet<Crossing> crossings) {
        if (flow.device().isEmpty()) {
            return new Split(List.copyOf(crossings), new TreeSet<>());
        }
        String target = flow.device().get();
        List<Crossing> forwarded = new ArrayList<>();
        SortedSet<String> accepted = new TreeSet<>();
        for (Crossing c : crossings) {
            if (c.device().equals(target)) {
                accepted.add(c.inZone());
            } else {
                forwarded.add(c);
            }
        }
        if (accepted.isEmpty()) {
            accepted.add(flow.destinationZone());
        }
        return new Split(forwarded, accepted);
    }
}
