package dev.zonec.check;

import dev.zonec.model.site.Invariant;
import dev.zonec.packet.Packet;
import java.util.List;
import java.util.Optional;

/** The verdict on one invariant; a violation carries a witness packet and the hops it takes. */
public record InvariantResult(Invariant invariant, Optional<Witness> witness) {

    public boolean holds() {
        return witness.isEmpty();
    }

    public record Witness(Packet packet, List<Hop> hops) {
        public Witness {
            hops = List.copyOf(hops);
        }
    }
}
