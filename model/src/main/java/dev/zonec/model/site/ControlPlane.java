package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A protocol the device itself runs on one of its interfaces and must keep receiving there, declared in the inventory
 * ({@code control-plane: [ospf, vrrp, bgp 10.32.0.1, dhcp-relay 10.30.0.8]}): the packets of it are addressed to the
 * device, so an inbound ACL or an input chain decides them like its management traffic. {@code peer} is the BGP
 * neighbour or the DHCP server ({@link Protocol#takesPeer}); {@code peerZone} the zone the device faces that holds
 * the DHCP server, whose interfaces its replies arrive on.
 *
 * <p>IPv6 neighbour discovery is not declared: every IPv6 filter zonec writes keeps it.
 */
public record ControlPlane(Protocol protocol, Optional<AddressBlock> peer, Optional<String> peerZone, Span span) {

    /** The protocols the inventory knows, by the word it writes them with. */
    public enum Protocol {
        /** OSPFv2 on the interface's IPv4 subnet, OSPFv3 on its IPv6 link (IP protocol 89). */
        OSPF("ospf", false),
        /** VRRP advertisements (IP protocol 112), RFC 5798. */
        VRRP("vrrp", false),
        /** Cisco HSRP hellos (UDP 1985, version 1 and 2; IPv6 UDP 2029). */
        HSRP("hsrp", false),
        /** A BGP session (TCP 179) with the neighbour named, on the interface's subnet. */
        BGP("bgp", true),
        /** DHCP relay (BOOTP/DHCP, UDP 67/68) for the interface's clients, to the server named. */
        DHCP_RELAY("dhcp-relay", true);

        private final String word;
        private final boolean takesPeer;

        Protocol(String word, boolean takesPeer) {
            this.word = word;
            this.takesPeer = takesPeer;
        }

        public String word() {
            return word;
        }

        /** Whether the inventory names an address after the word: the BGP neighbour, the DHCP server. */
        public boolean takesPeer() {
            return takesPeer;
        }

        public static Optional<Protocol> of(String word) {
            return Arrays.stream(values()).filter(p -> p.word.equals(word.toLowerCase(Locale.ROOT))).findFirst();
        }

        public static List<String> words() {
            return Arrays.stream(values()).map(Protocol::word).toList();
        }
    }

    /** IP protocol numbers of the permits. */
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int OSPF_PROTOCOL = 89;
    public static final int VRRP_PROTOCOL = 112;

    /**
     * One packet shape the device accepts for a control-plane protocol: IP {@code protocol} from {@code sources} to
     * {@code destinations}, with ports where it is TCP or UDP; {@code established} TCP segments with ACK or RST set
     * only (the neighbour's side of a session the device opened).
     */
    public record Permit(ControlPlane of, IpFamily family, int protocol, List<AddressBlock> sources,
                         PortRange sourcePorts, List<AddressBlock> destinations, PortRange destinationPorts,
                         boolean established) {
        public Permit {
            sources = List.copyOf(sources);
            destinations = List.copyOf(destinations);
        }

        /** The packets it accepts, without where it was declared: two equal shapes are one filter line. */
        public List<Object> shape() {
            return List.of(family, protocol, sources, sourcePorts, destinations, destinationPorts, established);
        }
    }

    /**
     * What {@code device} accepts on {@code in} for its control plane in one IP version, in the interface's declared
     * order: the protocols declared on {@code in} (in the versions it has an address of), then the replies of the DHCP
     * servers that other interfaces relay to, when the server lies in the zone {@code in} faces.
     *
     * <ul>
     *   <li>OSPF: IP 89 from the interface's subnet to 224.0.0.5 (AllSPFRouters), 224.0.0.6 (AllDRouters) and the
     *       interface's own address (database exchange and retransmissions are unicast); OSPFv3 from link-local
     *       fe80::/10 to ff02::5, ff02::6 and link-local unicast (RFC 2328 8.1, RFC 5340 2.5).</li>
     *   <li>VRRP: IP 112 from the subnet to 224.0.0.18; IPv6 from fe80::/10 to ff02::12 (RFC 5798 5.1).</li>
     *   <li>HSRP: UDP 1985 to 1985 from the subnet to 224.0.0.2 (version 1) and 224.0.0.102 (version 2); IPv6
     *       UDP 2029 from fe80::/10 to ff02::66.</li>
     *   <li>BGP: TCP from the neighbour to the interface's address port 179, and from the neighbour's port 179 to
     *       the interface's address, established only (the session the device opened).</li>
     *   <li>DHCP relay: from the clients (0.0.0.0 before they have an address, or the subnet) UDP 68 to
     *       255.255.255.255 port 67; from the server UDP 67 to the relaying interface's address port 67 (RFC 2131
     *       4.1, RFC 1542 4.1).</li>
     * </ul>
     */
    public static List<Permit> permits(Device device, Interface in, IpFamily family) {
        List<Permit> result = new ArrayList<>();
        Optional<AddressBlock> own = in.address(family);
        Optional<AddressBlock> network = in.network(family);
        boolean v4 = family == IpFamily.V4;
        for (ControlPlane c : in.controlPlane()) {
            if (own.isEmpty() || network.isEmpty()) {
                continue;
            }
            List<AddressBlock> link = v4 ? List.of(network.get()) : List.of(block("fe80::/10"));
            switch (c.protocol()) {
                case OSPF -> result.add(new Permit(c, family, OSPF_PROTOCOL, link, PortRange.ALL,
                        v4 ? List.of(block("224.0.0.5"), block("224.0.0.6"), own.get())
                                : List.of(block("ff02::5"), block("ff02::6"), block("fe80::/10")),
                        PortRange.ALL, false));
                case VRRP -> result.add(new Permit(c, family, VRRP_PROTOCOL, link, PortRange.ALL,
                        List.of(block(v4 ? "224.0.0.18" : "ff02::12")), PortRange.ALL, false));
                case HSRP -> {
                    PortRange port = PortRange.single(v4 ? 1985 : 2029);
                    result.add(new Permit(c, family, UDP, link, port,
                            v4 ? List.of(block("224.0.0.2"), block("224.0.0.102")) : List.of(block("ff02::66")),
                            port, false));
                }
                case BGP -> {
                    if (c.peer().map(p -> p.family() == family).orElse(false)) {
                        List<AddressBlock> peer = List.of(c.peer().get());
                        result.add(new Permit(c, family, TCP, peer, PortRange.ALL, List.of(own.get()),
                                PortRange.single(179), false));
                        result.add(new Permit(c, family, TCP, peer, PortRange.single(179), List.of(own.get()),
                                PortRange.ALL, true));
                    }
                }
                case DHCP_RELAY -> {
                    if (v4) {
                        result.add(new Permit(c, family, UDP, List.of(block("0.0.0.0"), network.get()),
                                PortRange.single(68), List.of(block("255.255.255.255")), PortRange.single(67), false));
                    }
                }
            }
        }
        if (family == IpFamily.V4) {
            for (Interface relay : device.interfaces()) {
                Optional<AddressBlock> giaddr = relay.address(IpFamily.V4);
                for (ControlPlane c : relay.controlPlane()) {
                    if (c.protocol() == Protocol.DHCP_RELAY && giaddr.isPresent() && c.peer().isPresent()
                            && c.peerZone().equals(Optional.of(in.zone()))) {
                        result.add(new Permit(c, family, UDP, List.of(c.peer().get()), PortRange.single(67),
                                List.of(giaddr.get()), PortRange.single(67), false));
                    }
                }
            }
        }
        return result;
    }

    /**
     * What a filter shared by every interface of {@code device} facing {@code zone} accepts (one inbound ACL per
     * zone): the permits of each of them, in inventory order.
     */
    public static List<Permit> permits(Device device, String zone, IpFamily family) {
        java.util.Map<List<Object>, Permit> result = new java.util.LinkedHashMap<>();
        for (Interface i : device.interfacesFacing(zone)) {
            for (Permit p : permits(device, i, family)) {
                result.putIfAbsent(p.shape(), p);
            }
        }
        return List.copyOf(result.values());
    }

    private static AddressBlock block(String text) {
        return AddressBlock.of(new IPAddressString(text).getAddress());
    }
}
