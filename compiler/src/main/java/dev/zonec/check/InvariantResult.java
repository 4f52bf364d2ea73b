package dev.zonec.check;

import dev.zonec.model.diag.Suppression;
import dev.zonec.model.site.Invariant;
import java.util.Optional;

/**
 * The verdict on one invariant. A violation carries a witness chain; a violation accepted by a waiver carries the
 * witness and the waiver (the invariant holds once the waived rules are disregarded).
 */
public record InvariantResult(Invariant invariant, Optional<Chain> witness, Optional<Suppression> waiver) {

    public boolean holds() {
        return witness.isEmpty() || waiver.isPresent();
    }
}
