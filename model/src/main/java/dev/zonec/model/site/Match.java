package dev.zonec.model.site;

import java.util.OptionalInt;

/**
 * What one term of a service matches in a packet header. A service is a list of these. Replies on stateless
 * platforms are the same matches mirrored (ports swapped, ICMP reply types), see the lowering stage.
 */
public sealed interface Match {

    /**
     * TCP or UDP with source and destination port ranges.
     *
     * @param established TCP only: match only packets of an established connection (ACK or RST set), the form
     *                    stateless ACLs use to let replies in
     */
    record L4(Protocol protocol, PortRange sourcePorts, PortRange destinationPorts, boolean established)
            implements Match {
        public L4 {
            if (protocol != Protocol.TCP && protocol != Protocol.UDP) {
                throw new IllegalArgumentException("ports only for tcp/udp: " + protocol);
            }
            if (established && protocol != Protocol.TCP) {
                throw new IllegalArgumentException("established is a TCP form");
            }
        }

        public static L4 toPorts(Protocol protocol, PortRange destination) {
            return new L4(protocol, PortRange.ALL, destination, false);
        }
    }

    /** ICMP ({@link Protocol#ICMP}) or ICMPv6 ({@link Protocol#ICMP6}); an empty type matches every type. */
    record Icmp(Protocol protocol, OptionalInt type, OptionalInt code) implements Match {
        public Icmp {
            if (protocol != Protocol.ICMP && protocol != Protocol.ICMP6) {
                throw new IllegalArgumentException("not an ICMP protocol: " + protocol);
            }
            if (code.isPresent() && type.isEmpty()) {
                throw new IllegalArgumentException("ICMP code without type");
            }
        }

        public IpFamily family() {
            return protocol == Protocol.ICMP ? IpFamily.V4 : IpFamily.V6;
        }
    }

    /** Every IP protocol ({@code any} service). */
    record AnyIp() implements Match {}
}
