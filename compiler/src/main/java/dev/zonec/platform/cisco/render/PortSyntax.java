package dev.zonec.platform.cisco.render;

import dev.zonec.model.site.PortRange;

/** Cisco-family port operators ({@code eq 502}, {@code range 8530 8531}), shared by IOS, NX-OS, ASA and EOS. */
public final class PortSyntax {

    private PortSyntax() {}

    /** The operator with a leading space, or nothing for an unconstrained port. */
    public static String operator(PortRange ports) {
        if (ports.isAll()) {
            return "";
        }
        return ports.isSingle() ? " eq " + ports.first() : " range " + ports.first() + " " + ports.last();
    }
}
