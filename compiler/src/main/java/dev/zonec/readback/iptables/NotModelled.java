package dev.zonec.readback.iptables;

/**
 * A rule or ruleset the read-back understands but cannot turn into an exact packet set (a wildcard interface, a
 * rate-limited accept, a rule iptables-restore itself would refuse): the device cannot be proven, for this reason.
 */
final class NotModelled extends RuntimeException {
    NotModelled(String why) {
        super(why, null, false, false);
    }
}
