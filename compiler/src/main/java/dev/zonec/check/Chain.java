package dev.zonec.check;

import dev.zonec.packet.Packet;
import java.util.List;

/**
 * A witness: how one place reaches another on the emitted rules, possibly through pivots. Each link is one packet
 * from {@code from} (a zone or a pivot host) to {@code to} (a pivot host or the target zone) and the device hops it
 * takes; a link that ends at a pivot used a remote-control service, so the pivot's own reach follows.
 */
public record Chain(List<Link> links) {
    public Chain {
        links = List.copyOf(links);
    }

    public record Link(String from, String to, boolean pivot, Packet packet, List<Hop> hops) {
        public Link {
            hops = List.copyOf(hops);
        }
    }

    /** "enterprise reaches jump-host (tcp ...), jump-host reaches ews (...), ews reaches tank-farm (...)". */
    public String describe() {
        return String.join(", then ", links.stream()
                .map(l -> l.from() + " reaches " + l.to() + " with " + l.packet().describe()).toList());
    }
}
