package dev.zonec.lab;

/**
 * One veth pair between a zone namespace and a router namespace. The router end carries the inventory's interface
 * name (the generated rules match it); the zone end is named after the device. Each link gets its own /30 from
 * {@link #TRANSFER_RANGE}, a shared address range (RFC 6598) that exists only inside the lab's namespaces.
 */
record LabLink(int index, String zone, String device, String routerSide, String zoneSide) {
    static final String TRANSFER_RANGE = "100.64.0.0/16";
    private static final int MAX_LINKS = 1 << 14; // /30s in a /16

    LabLink {
        if (index < 0 || index >= MAX_LINKS) {
            throw new IllegalArgumentException("too many links for " + TRANSFER_RANGE + ": " + index);
        }
    }

    /** The zone end's address, {@code .1} of the link's /30. */
    String zoneAddress() {
        return address(1);
    }

    /** The router end's address, {@code .2} of the link's /30. */
    String routerAddress() {
        return address(2);
    }

    private String address(int host) {
        int offset = index * 4 + host;
        return "100.64." + (offset >> 8) + "." + (offset & 0xff);
    }
}
