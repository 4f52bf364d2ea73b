package dev.zonec.readback;

/**
 * Something a reader understands but cannot turn into an exact packet set (a wildcard interface, a rate-limited
 * accept, a rule the device itself would refuse, an object it cannot resolve): the device cannot be proven, for the
 * reason in the message. Thrown inside a reader and reported there as ZC0803 at the line concerned.
 */
public final class NotModelled extends RuntimeException {
    public NotModelled(String why) {
        super(why, null, false, false);
    }
}
