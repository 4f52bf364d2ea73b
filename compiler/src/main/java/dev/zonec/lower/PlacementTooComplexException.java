package dev.zonec.lower;

/** The exact in-block search ran past its budget: the block is too meshed to place flows exactly. */
public final class PlacementTooComplexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlacementTooComplexException(String message) {
        super(message, null, false, false);
    }
}
